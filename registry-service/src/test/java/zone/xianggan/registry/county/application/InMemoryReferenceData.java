package zone.xianggan.registry.county.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import zone.xianggan.registry.county.model.Prefecture;
import zone.xianggan.registry.county.model.Province;

/** The provinces and prefectures in memory, in code order. */
public class InMemoryReferenceData implements ReferenceData {

    private final Map<String, Province> provinces = new TreeMap<>();
    private final Map<String, Prefecture> prefectures = new TreeMap<>();

    @Override
    public List<Province> provinces() {
        return List.copyOf(provinces.values());
    }

    @Override
    public List<Prefecture> prefectures() {
        return List.copyOf(prefectures.values());
    }

    @Override
    public Optional<Province> province(String code) {
        return Optional.ofNullable(provinces.get(code));
    }

    @Override
    public Optional<Prefecture> prefecture(String code) {
        return Optional.ofNullable(prefectures.get(code));
    }

    @Override
    public void add(Province province) {
        provinces.put(province.code(), province);
    }

    @Override
    public void add(Prefecture prefecture) {
        prefectures.put(prefecture.code(), prefecture);
    }
}
