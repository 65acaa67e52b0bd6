package zone.xianggan.registry.layout.application;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.registry.county.application.ReadingCounties;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.layout.model.ElementKind;
import zone.xianggan.registry.layout.model.ZonePlan;

/** The zone summary, counted from the registry as it stands. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SummarizingZone {

    private final ZonePlans plans;
    private final ReadingCounties counties;
    private final ReadingLayout layout;

    public ZoneSummary summary() {
        ZonePlan plan = plans.current().orElseThrow(() -> new NotFoundException("zone plan", "current"));
        List<County> all = counties.all();
        List<County> active = all.stream().filter(County::isActive).toList();
        List<ZoneSummary.ProvincePart> provinces = counties.provinces().stream()
                .map(p -> {
                    List<County> inProvince = active.stream().filter(c -> c.provinceCode().equals(p.code())).toList();
                    return new ZoneSummary.ProvincePart(p.code(), p.nameZh(), p.nameEn(), inProvince.size(),
                            byKind(inProvince));
                }).toList();
        return new ZoneSummary(plan.nameZh(), plan.nameEn(), plan.areaKm2(),
                new ZoneSummary.Plan(plan.issuedOn(), plan.issuedBy(), plan.source()), active.size(),
                all.size() - active.size(), byKind(active), provinces,
                new ZoneSummary.Layout(counts(ElementKind.CORE), counts(ElementKind.ECOLOGICAL_ZONE),
                        counts(ElementKind.CITY_CLUSTER)));
    }

    private List<ZoneSummary.ElementCount> counts(ElementKind kind) {
        return layout.list(kind).stream().map(e -> new ZoneSummary.ElementCount(e.element().id(),
                e.element().nameEn(), e.members().size())).toList();
    }

    private static Map<String, Long> byKind(List<County> counties) {
        return counties.stream().collect(Collectors.groupingBy(c -> c.details().kind().name(), TreeMap::new,
                Collectors.counting()));
    }
}
