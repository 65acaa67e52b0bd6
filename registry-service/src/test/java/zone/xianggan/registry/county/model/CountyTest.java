package zone.xianggan.registry.county.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.Changed;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;

class CountyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");
    private static final Actor DRC = new Actor("hunan-drc", "li.ming");
    private static final LocalDate TODAY = LocalDate.parse("2026-02-01");
    private static final Prefecture CHANGSHA = new Prefecture("430100", "430000", "长沙市", "Changsha");
    private static final Prefecture ZHUZHOU = new Prefecture("430200", "430000", "株洲市", "Zhuzhou");

    private final County liuyang = County.register(new CountyCode("430181"),
            new CountyDetails("浏阳市", "Liuyang", CountyKind.COUNTY_LEVEL_CITY), CHANGSHA,
            Set.of(new Membership("north-cluster", true)), T0, DRC);

    @Test
    void aNewUnitStartsActiveAtVersionOneInThePrefectureItsCodeNames() {
        assertThat(liuyang.version()).isEqualTo(1);
        assertThat(liuyang.status()).isEqualTo(CountyStatus.ACTIVE);
        assertThat(liuyang.provinceCode()).isEqualTo("430000");
        assertThat(liuyang.prefectureCode()).isEqualTo("430100");
        assertThat(liuyang.clusterIds()).containsExactly("north-cluster");
    }

    @Test
    void aCodeOutsideThePrefectureIsRefusedNamingThePrefecture() {
        assertThatThrownBy(() -> County.register(new CountyCode("430181"),
                new CountyDetails("浏阳市", "Liuyang", CountyKind.COUNTY_LEVEL_CITY), ZHUZHOU, Set.of(), T0, DRC))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("prefectureCode"));
    }

    @Test
    void detailsNameEveryMissingField() {
        assertThatThrownBy(() -> new CountyDetails(" ", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting("field").containsExactly("nameZh", "nameEn", "kind"));
    }

    @Test
    void aRevisionRecordsWhatChanged() {
        Changed<County, ChangeType> revision = liuyang.revise(new CountyDetails("浏阳市", "Liuyang City",
                CountyKind.COUNTY_LEVEL_CITY), T1, DRC).orElseThrow();

        assertThat(revision.after().version()).isEqualTo(2);
        assertThat(revision.after().changedAt()).isEqualTo(T1);
        assertThat(revision.after().changedBy()).isEqualTo(DRC);
        assertThat(revision.type()).isEqualTo(ChangeType.REVISED);
        assertThat(revision.changes()).containsOnlyKeys("nameEn");
        assertThat(revision.changes().get("nameEn")).isEqualTo(new FieldChange("Liuyang", "Liuyang City"));
    }

    @Test
    void theSameDetailsChangeNothing() {
        assertThat(liuyang.revise(liuyang.details(), T1, DRC)).isEmpty();
    }

    @Test
    void retirementKeepsTheUnitOnRecord() {
        Changed<County, ChangeType> revision = liuyang.retire(Optional.empty(), TODAY, TODAY, T1, DRC);

        County retired = revision.after();
        assertThat(retired.status()).isEqualTo(CountyStatus.RETIRED);
        assertThat(retired.retiredOn()).isEqualTo(TODAY);
        assertThat(retired.version()).isEqualTo(2);
        assertThat(retired.clusterIds()).as("memberships stay on record").containsExactly("north-cluster");
        assertThat(revision.changes()).containsOnlyKeys("status", "retiredOn");
    }

    @Test
    void retirementNamesTheSuccessor() {
        Changed<County, ChangeType> revision = liuyang.retire(Optional.of(liling()), TODAY, TODAY, T1, DRC);

        assertThat(revision.after().successor()).isEqualTo(new CountyCode("430281"));
        assertThat(revision.changes()).containsKeys("successorCode");
    }

    @Test
    void aRetiredUnitCannotBeRevised() {
        County retired = liuyang.retire(Optional.empty(), TODAY, TODAY, T1, DRC).after();

        assertThatThrownBy(() -> retired.revise(liuyang.details(), T1, DRC)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRetiredUnitCannotBeRetiredAgain() {
        County retired = liuyang.retire(Optional.empty(), TODAY, TODAY, T1, DRC).after();

        assertThatThrownBy(() -> retired.retire(Optional.empty(), TODAY, TODAY, T1, DRC))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void retirementRefusesAFutureDate() {
        assertThatThrownBy(() -> liuyang.retire(Optional.empty(), TODAY.plusDays(1), TODAY, T1, DRC))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("retiredOn"));
    }

    @Test
    void aUnitCannotSucceedItself() {
        assertThatThrownBy(() -> liuyang.retire(Optional.of(liuyang), TODAY, TODAY, T1, DRC))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("successorCode"));
    }

    @Test
    void aRetiredUnitCannotBeASuccessor() {
        County retired = liling().retire(Optional.empty(), TODAY, TODAY, T1, DRC).after();

        assertThatThrownBy(() -> liuyang.retire(Optional.of(retired), TODAY, TODAY, T1, DRC))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("successorCode"));
    }

    @Test
    void joiningAnElementIsAVersionedChangeOfClustersOrSpatialElements() {
        Changed<County, ChangeType> revision = liuyang.withMemberships(Set.of(new Membership("north-cluster", true),
                new Membership("core", false)), T1, DRC).orElseThrow();

        assertThat(revision.type()).isEqualTo(ChangeType.MEMBERSHIP_CHANGED);
        assertThat(revision.after().version()).isEqualTo(2);
        assertThat(revision.after().otherElementIds()).containsExactly("core");
        assertThat(revision.changes()).containsOnlyKeys("spatialElements");
    }

    @Test
    void theSameMembershipsChangeNothing() {
        assertThat(liuyang.withMemberships(liuyang.memberships(), T1, DRC)).isEmpty();
    }

    private static County liling() {
        return County.register(new CountyCode("430281"),
                new CountyDetails("醴陵市", "Liling", CountyKind.COUNTY_LEVEL_CITY), ZHUZHOU, Set.of(), T0, DRC);
    }
}
