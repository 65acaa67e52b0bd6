package zone.xianggan.registry.seed;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.registry.county.application.CountyChanges;
import zone.xianggan.registry.county.application.ReferenceData;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyDetails;
import zone.xianggan.registry.county.model.Membership;
import zone.xianggan.registry.county.model.Prefecture;
import zone.xianggan.registry.county.model.Province;
import zone.xianggan.registry.layout.application.SpatialElements;
import zone.xianggan.registry.layout.application.ZonePlans;
import zone.xianggan.registry.layout.model.ElementKind;
import zone.xianggan.registry.layout.model.SpatialElement;
import zone.xianggan.registry.layout.model.ZonePlan;

/**
 * On the registry's first start, enters the plan: provinces, prefectures, the 24 units with their clusters, the
 * spatial elements, and one snapshot event per unit. In one transaction, so a crash leaves nothing half-seeded; the
 * stored plan marks it done, so a restart seeds nothing twice. Runs before the service reports itself ready.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SeedingTheRegistry implements ApplicationRunner {

    static final Actor SEED = Actor.system("seed");
    private static final Logger log = LoggerFactory.getLogger(SeedingTheRegistry.class);

    private final ZonePlans plans;
    private final ReferenceData reference;
    private final SpatialElements elements;
    private final CountyChanges changes;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        if (plans.current().isPresent()) {
            return;
        }
        PlanSeed seed = PlanSeed.load(json);
        try {
            transactions.executeWithoutResult(status -> seed(seed, clock.instant()));
            log.info("Seeded the registry from the plan: {} units, {} spatial elements", seed.counties().size(),
                    seed.spatialElements().size());
        } catch (DuplicateKeyException seededMeanwhile) {
            log.info("Another instance seeded the registry first");
        }
    }

    private void seed(PlanSeed seed, Instant now) {
        PlanSeed.Plan plan = seed.plan();
        plans.insert(new ZonePlan(plan.id(), plan.nameZh(), plan.nameEn(), plan.areaKm2(), plan.issuedOn(),
                plan.issuedBy(), plan.source()));
        seed.provinces().forEach(p -> reference.add(new Province(p.code(), p.nameZh(), p.nameEn())));
        seed.prefectures().forEach(p -> reference.add(new Prefecture(p.code(), p.provinceCode(), p.nameZh(),
                p.nameEn())));
        seed.spatialElements().forEach(e -> elements.insert(new SpatialElement(e.id(), e.kind(), e.nameZh(),
                e.nameEn(), e.description(), 1, now)));
        for (PlanSeed.County unit : seed.counties()) {
            CountyCode code = new CountyCode(unit.code());
            Prefecture prefecture = reference.prefecture(code.prefectureCode()).orElseThrow();
            Set<Membership> memberships = seed.spatialElements().stream()
                    .filter(e -> e.members().contains(unit.code()))
                    .map(e -> new Membership(e.id(), e.kind() == ElementKind.CITY_CLUSTER))
                    .collect(Collectors.toSet());
            County county = County.register(code, new CountyDetails(unit.nameZh(), unit.nameEn(), unit.kind()),
                    prefecture, memberships, now, SEED);
            changes.recordNew(county, ChangeType.SEEDED, "Entered from the plan: " + plan.source());
        }
    }
}
