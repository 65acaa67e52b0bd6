package zone.xianggan.registry.county.persistence;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import zone.xianggan.registry.county.application.ReferenceData;
import zone.xianggan.registry.county.model.Prefecture;
import zone.xianggan.registry.county.model.Province;

@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcReferenceData implements ReferenceData {

    private static final RowMapper<Province> PROVINCE = (rs, n) -> new Province(rs.getString("code"),
            rs.getString("name_zh"), rs.getString("name_en"));
    private static final RowMapper<Prefecture> PREFECTURE = (rs, n) -> new Prefecture(rs.getString("code"),
            rs.getString("province_code"), rs.getString("name_zh"), rs.getString("name_en"));

    private final JdbcTemplate jdbc;

    @Override
    public List<Province> provinces() {
        return jdbc.query("SELECT code, name_zh, name_en FROM province ORDER BY code", PROVINCE);
    }

    @Override
    public List<Prefecture> prefectures() {
        return jdbc.query("SELECT code, province_code, name_zh, name_en FROM prefecture ORDER BY code", PREFECTURE);
    }

    @Override
    public Optional<Province> province(String code) {
        return jdbc.query("SELECT code, name_zh, name_en FROM province WHERE code = ?", PROVINCE, code).stream()
                .findFirst();
    }

    @Override
    public Optional<Prefecture> prefecture(String code) {
        return jdbc.query("SELECT code, province_code, name_zh, name_en FROM prefecture WHERE code = ?", PREFECTURE,
                code).stream().findFirst();
    }

    @Override
    public void add(Province province) {
        jdbc.update("INSERT INTO province (code, name_zh, name_en) VALUES (?, ?, ?)", province.code(),
                province.nameZh(), province.nameEn());
    }

    @Override
    public void add(Prefecture prefecture) {
        jdbc.update("INSERT INTO prefecture (code, province_code, name_zh, name_en) VALUES (?, ?, ?, ?)",
                prefecture.code(), prefecture.provinceCode(), prefecture.nameZh(), prefecture.nameEn());
    }
}
