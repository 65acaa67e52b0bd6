package zone.xianggan.registry.county.application;

import java.util.Comparator;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.county.model.CountyStatus;
import zone.xianggan.registry.county.model.Prefecture;
import zone.xianggan.registry.county.model.Province;

/** What agencies read of the registry. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingCounties {

    private final Counties counties;
    private final ReferenceData reference;

    /** The filters are optional; {@code cluster} matches any spatial element the unit belongs to. */
    public List<County> list(String province, String prefecture, String cluster, CountyKind kind,
            CountyStatus status) {
        return counties.findAll().stream()
                .filter(c -> province == null || province.equals(c.provinceCode()))
                .filter(c -> prefecture == null || prefecture.equals(c.prefectureCode()))
                .filter(c -> cluster == null || c.isMemberOf(cluster))
                .filter(c -> kind == null || kind == c.details().kind())
                .filter(c -> status == null || status == c.status())
                .sorted(Comparator.comparing(County::code))
                .toList();
    }

    public County get(CountyCode code) {
        return counties.find(code).orElseThrow(() -> new NotFoundException("county", code.value()));
    }

    public List<HistoryEntry<ChangeType>> history(CountyCode code) {
        get(code);
        return counties.history(code);
    }

    public List<County> all() {
        return counties.findAll();
    }

    public List<Province> provinces() {
        return reference.provinces();
    }

    public List<Prefecture> prefectures() {
        return reference.prefectures();
    }
}
