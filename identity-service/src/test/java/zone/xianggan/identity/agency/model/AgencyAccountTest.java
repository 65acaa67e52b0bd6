package zone.xianggan.identity.agency.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.change.Changed;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Violation;

class AgencyAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void aNewAgencyHoldsEveryScopeOfItsKindUnlessToldOtherwise() {
        AgencyAccount all = register(new Registration("liuyang", AgencyKind.UNIT_AGENCY, "430181", null, "浏阳",
                "Liuyang", null, null));
        AgencyAccount some = register(new Registration("liling", AgencyKind.UNIT_AGENCY, "430281", null, "醴陵",
                "Liling", List.of("zone.read"), null));

        assertThat(all.scopes()).isEqualTo(AgencyKind.UNIT_AGENCY.grantableScopes());
        assertThat(some.scopes()).containsExactly(Scope.ZONE_READ);
        assertThat(all.version()).isEqualTo(1);
        assertThat(all.enabled()).isTrue();
        assertThat(all.asAgency().isAgencyOfUnit("430181")).isTrue();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceNamingItsField() {
        assertThatThrownBy(() -> register(new Registration("X", AgencyKind.ZONE_OFFICE, "430181", "430000", " ",
                null, List.of("zone.read", "values.report", "zone.ops"), List.of("registry.counties.v1"))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field)
                        .containsExactly("id", "unit", "province", "nameZh", "nameEn", "scopes", "topics"));
    }

    @Test
    void aUnitIsACountyOfTheZonesProvinces() {
        assertThatThrownBy(() -> register(new Registration("futian", AgencyKind.UNIT_AGENCY, "440304", null, "福田",
                "Futian", null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aProvinceIsOneOfTheZonesTwo() {
        assertThatThrownBy(() -> register(new Registration("gd-drc", AgencyKind.PROVINCIAL_DRC, null, "440000",
                "广东", "Guangdong", null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSubscribersTopicsAreTheZones() {
        AgencyAccount subscriber = register(new Registration("reader", AgencyKind.SUBSCRIBER, null, null, "读者",
                "Reader", null, List.of("registry.counties.v1")));

        Changed<AgencyAccount, ChangeType> changed = subscriber.withTopics(List.of("indicators.values.v1"),
                "zone-office", NOW).orElseThrow();

        assertThat(changed.after().topics()).containsExactly("indicators.values.v1");
        assertThat(changed.after().version()).isEqualTo(2);
        assertThat(changed.type()).isEqualTo(ChangeType.TOPICS_CHANGED);
        assertThat(subscriber.withTopics(List.of("registry.counties.v1"), "zone-office", NOW)).isEmpty();
        assertThatThrownBy(() -> subscriber.withTopics(List.of("nope.v1"), "zone-office", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyASubscriberHasTopics() {
        AgencyAccount unit = register(new Registration("liuyang", AgencyKind.UNIT_AGENCY, "430181", null, "浏阳",
                "Liuyang", null, null));

        assertThatThrownBy(() -> unit.withTopics(List.of("indicators.values.v1"), "zone-office", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aServiceIsNotDisabled() {
        AgencyAccount service = register(new Registration("registry-service", AgencyKind.SERVICE, null, null,
                "登记", "Registry", null, null));

        assertThatThrownBy(() -> service.disable("zone-office", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theCallerDoesNotDisableItself() {
        AgencyAccount office = register(new Registration("zone-office", AgencyKind.ZONE_OFFICE, null, null, "办公室",
                "Office", null, null));

        assertThatThrownBy(() -> office.disable("zone-office", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDisabledAgencyIsNotDisabledTwice() {
        AgencyAccount disabled = disabledSubscriber();

        assertThatThrownBy(() -> disabled.disable("zone-office", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDisabledAgencyIsEnabledAgain() {
        assertThat(disabledSubscriber().enable("zone-office", NOW).after().enabled()).isTrue();
    }

    @Test
    void aNewSecretLeavesOnlyItsTimeInTheHistory() {
        AgencyAccount subscriber = register(new Registration("reader", AgencyKind.SUBSCRIBER, null, null, "读者",
                "Reader", null, null));

        Changed<AgencyAccount, ChangeType> rotated = subscriber.withSecret("{bcrypt}new", "zone-office",
                NOW.plusSeconds(60));

        assertThat(rotated.after().secretHash()).isEqualTo("{bcrypt}new");
        assertThat(rotated.after().secretRotatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(rotated.changes()).containsOnlyKeys("secretRotatedAt");
        assertThat(rotated.changes().toString()).doesNotContain("bcrypt");
    }

    private static AgencyAccount disabledSubscriber() {
        AgencyAccount disabled = register(new Registration("reader", AgencyKind.SUBSCRIBER, null, null, "读者",
                "Reader", null, null)).disable("zone-office", NOW).after();
        assertThat(disabled.enabled()).isFalse();
        return disabled;
    }

    private static AgencyAccount register(Registration registration) {
        return AgencyAccount.register(registration, "{bcrypt}hash", "zone-office", NOW);
    }
}
