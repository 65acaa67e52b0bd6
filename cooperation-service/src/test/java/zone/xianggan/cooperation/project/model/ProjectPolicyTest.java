package zone.xianggan.cooperation.project.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.plan.Province;

class ProjectPolicyTest {

    private static final Agency LIUYANG = unit("liuyang", "430181");
    private static final Agency SHANGLI = unit("shangli", "360322");
    private static final Agency LILING = unit("liling", "430281");
    private static final Agency HUNAN_DRC = drc("hunan-drc", "430000");
    private static final Agency JIANGXI_DRC = drc("jiangxi-drc", "360000");
    private static final Agency ZONE_OFFICE = agency("zone-office", AgencyKind.ZONE_OFFICE);
    private static final Agency SUBSCRIBER = agency("demo-subscriber", AgencyKind.SUBSCRIBER);
    private static final Agency OPERATOR = agency("zone-operator", AgencyKind.OPERATOR);
    private static final Agency SERVICE = agency("registry-service", AgencyKind.SERVICE);

    /** Liuyang (Hunan) leads, Shangli (Jiangxi) takes part. */
    private static final List<CountyCode> LIUYANG_AND_SHANGLI = List.of(new CountyCode("430181"),
            new CountyCode("360322"));

    private final Project liuyangAndShangli = project("430181", "360322");
    private final Project hunanOnly = project("430181", "430281");

    @Test
    void theAgencyOfTheLeadingUnitMayPropose() {
        assertThatCode(() -> ProjectPolicy.requireMayPropose(LIUYANG, LIUYANG_AND_SHANGLI))
                .doesNotThrowAnyException();
    }

    @Test
    void theAgencyOfAPartnerUnitMayPropose() {
        assertThatCode(() -> ProjectPolicy.requireMayPropose(SHANGLI, LIUYANG_AND_SHANGLI))
                .doesNotThrowAnyException();
    }

    @Test
    void theAgencyOfAUnitNotTakingPartMayNotProposeNamingTheUnitsThatDo() {
        assertThatThrownBy(() -> ProjectPolicy.requireMayPropose(LILING, LIUYANG_AND_SHANGLI))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("430181, 360322")
                .hasMessageContaining("projects.propose");
    }

    @Test
    void eitherProvincesDrcMayProposeEvenAProjectOfTheOtherProvinceAlone() {
        List<CountyCode> shangliOnly = List.of(new CountyCode("360322"));

        assertThatCode(() -> ProjectPolicy.requireMayPropose(HUNAN_DRC, shangliOnly)).doesNotThrowAnyException();
        assertThatCode(() -> ProjectPolicy.requireMayPropose(JIANGXI_DRC, shangliOnly))
                .doesNotThrowAnyException();
    }

    @Test
    void theZoneOfficeMayPropose() {
        assertThatCode(() -> ProjectPolicy.requireMayPropose(ZONE_OFFICE, LIUYANG_AND_SHANGLI))
                .doesNotThrowAnyException();
    }

    @Test
    void aSubscriberOperatorOrServiceMayNotPropose() {
        for (Agency reader : List.of(SUBSCRIBER, OPERATOR, SERVICE)) {
            assertThatThrownBy(() -> ProjectPolicy.requireMayPropose(reader, LIUYANG_AND_SHANGLI))
                    .as(reader.id()).isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void aParticipatingUnitsAgencyWithoutTheProposeScopeMayNotPropose() {
        Agency readOnly = new Agency("liuyang", AgencyKind.UNIT_AGENCY, "430181", null, Set.of(Scope.ZONE_READ));

        assertThatThrownBy(() -> ProjectPolicy.requireMayPropose(readOnly, LIUYANG_AND_SHANGLI))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("projects.propose");
    }

    @Test
    void aDrcWithoutTheProposeScopeMayNotPropose() {
        Agency decideOnly = new Agency("hunan-drc", AgencyKind.PROVINCIAL_DRC, null, "430000",
                Set.of(Scope.ZONE_READ, Scope.PROJECTS_DECIDE));

        assertThatThrownBy(() -> ProjectPolicy.requireMayPropose(decideOnly, LIUYANG_AND_SHANGLI))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void eachProvincesDrcDecidesForItsProvince() {
        assertThatCode(() -> ProjectPolicy.requireMayDecide(HUNAN_DRC, Province.HUNAN))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProjectPolicy.requireMayDecide(JIANGXI_DRC, Province.JIANGXI))
                .doesNotThrowAnyException();
    }

    @Test
    void theJiangxiDrcMayNotDecideForHunanNamingTheProvince() {
        assertThatThrownBy(() -> ProjectPolicy.requireMayDecide(JIANGXI_DRC, Province.HUNAN))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("province 430000")
                .hasMessageContaining("projects.decide");
    }

    @Test
    void theZoneOfficeMayNotDecide() {
        assertThatThrownBy(() -> ProjectPolicy.requireMayDecide(ZONE_OFFICE, Province.HUNAN))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void noUnitAgencyMayDecideNotEvenForItsOwnProvince() {
        assertThatThrownBy(() -> ProjectPolicy.requireMayDecide(LIUYANG, Province.HUNAN))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aSubscriberOperatorOrServiceMayNotDecide() {
        for (Agency reader : List.of(SUBSCRIBER, OPERATOR, SERVICE)) {
            assertThatThrownBy(() -> ProjectPolicy.requireMayDecide(reader, Province.JIANGXI))
                    .as(reader.id()).isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void theProvincesDrcWithoutTheDecideScopeMayNotDecide() {
        Agency proposeOnly = new Agency("hunan-drc", AgencyKind.PROVINCIAL_DRC, null, "430000",
                Set.of(Scope.ZONE_READ, Scope.PROJECTS_PROPOSE));

        assertThatThrownBy(() -> ProjectPolicy.requireMayDecide(proposeOnly, Province.HUNAN))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("projects.decide");
    }

    @Test
    void theAgencyOfAParticipatingUnitMayCarryOutAProject() {
        assertThatCode(() -> ProjectPolicy.requireMayCarryOut(LIUYANG, liuyangAndShangli))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProjectPolicy.requireMayCarryOut(SHANGLI, liuyangAndShangli))
                .doesNotThrowAnyException();
    }

    @Test
    void theAgencyOfAUnitNotTakingPartMayNotCarryItOutNamingWhoMay() {
        assertThatThrownBy(() -> ProjectPolicy.requireMayCarryOut(LILING, liuyangAndShangli))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("XG-2026-0001")
                .hasMessageContaining("430181, 360322").hasMessageContaining("430000, 360000")
                .hasMessageContaining("projects.propose");
    }

    @Test
    void theDrcOfAParticipatingProvinceMayCarryOutAProject() {
        assertThatCode(() -> ProjectPolicy.requireMayCarryOut(HUNAN_DRC, hunanOnly)).doesNotThrowAnyException();
        assertThatCode(() -> ProjectPolicy.requireMayCarryOut(JIANGXI_DRC, liuyangAndShangli))
                .doesNotThrowAnyException();
    }

    @Test
    void theDrcOfAProvinceNotTakingPartMayNotCarryItOut() {
        assertThatThrownBy(() -> ProjectPolicy.requireMayCarryOut(JIANGXI_DRC, hunanOnly))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theZoneOfficeMayCarryOutAnyProject() {
        assertThatCode(() -> ProjectPolicy.requireMayCarryOut(ZONE_OFFICE, hunanOnly)).doesNotThrowAnyException();
    }

    @Test
    void aSubscriberOperatorOrServiceMayNotCarryOutAProject() {
        for (Agency reader : List.of(SUBSCRIBER, OPERATOR, SERVICE)) {
            assertThatThrownBy(() -> ProjectPolicy.requireMayCarryOut(reader, liuyangAndShangli))
                    .as(reader.id()).isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void aParticipatingUnitsAgencyWithoutTheProposeScopeMayNotCarryOutAProject() {
        Agency reportOnly = new Agency("liuyang", AgencyKind.UNIT_AGENCY, "430181", null,
                Set.of(Scope.ZONE_READ, Scope.VALUES_REPORT));

        assertThatThrownBy(() -> ProjectPolicy.requireMayCarryOut(reportOnly, liuyangAndShangli))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("projects.propose");
    }

    @Test
    void theZoneOfficeWithoutTheProposeScopeMayNotCarryOutAProject() {
        Agency cataloguer = new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
                Set.of(Scope.ZONE_READ, Scope.CATALOGUE_MANAGE));

        assertThatThrownBy(() -> ProjectPolicy.requireMayCarryOut(cataloguer, hunanOnly))
                .isInstanceOf(NotPermittedException.class);
    }

    private static Project project(String... counties) {
        return Project.propose("XG-2026-0001", Proposals.of(counties), new Actor("zone-office", null),
                Instant.parse("2026-03-01T02:00:00Z")).project();
    }

    private static Agency unit(String id, String unit) {
        return new Agency(id, AgencyKind.UNIT_AGENCY, unit, null, AgencyKind.UNIT_AGENCY.grantableScopes());
    }

    private static Agency drc(String id, String province) {
        return new Agency(id, AgencyKind.PROVINCIAL_DRC, null, province,
                AgencyKind.PROVINCIAL_DRC.grantableScopes());
    }

    private static Agency agency(String id, AgencyKind kind) {
        return new Agency(id, kind, null, null, kind.grantableScopes());
    }
}
