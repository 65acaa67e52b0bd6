package zone.xianggan.indicators.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Violation;

class ReportingPolicyTest {

    private static final Agency LIUYANG = new Agency("liuyang", AgencyKind.UNIT_AGENCY, "430181", null,
            AgencyKind.UNIT_AGENCY.grantableScopes());
    private static final Agency ZONE_OFFICE = new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
            AgencyKind.ZONE_OFFICE.grantableScopes());

    @Test
    void aUnitsAgencyReportsItsOwnUnitsValues() {
        assertThatCode(() -> ReportingPolicy.requireMayReport(LIUYANG, List.of(value(null, "430181")), "countyCode"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ReportingPolicy.requireMayReport(LIUYANG, List.of(value(1, "430181"),
                value(2, " 430181 ")), "countyCode")).doesNotThrowAnyException();
    }

    @Test
    void theZoneOfficeReportsForAnyUnitOrAProvincesBenchmark() {
        assertThatCode(() -> ReportingPolicy.requireMayReport(ZONE_OFFICE, List.of(value(1, "430181"),
                value(2, "360302"), value(3, "430000")), "county_code")).doesNotThrowAnyException();
    }

    @Test
    void aUnitsAgencyMayNotReportAnotherUnitsValue() {
        assertThatThrownBy(() -> ReportingPolicy.requireMayReport(LIUYANG, List.of(value(null, "430281")),
                "countyCode")).isInstanceOfSatisfying(NotPermittedException.class, refused -> {
                    assertThat(refused.rule()).contains("liuyang", "430181", "zone office", "values.report");
                    assertThat(refused.violations()).extracting(Violation::field, Violation::row,
                            Violation::rejectedValue).containsExactly(tuple("countyCode", null, "430281"));
                });
    }

    @Test
    void aBatchWithRowsOfAnotherUnitIsRefusedWholeNamingEachSuchRowAsTheBatchNamesTheField() {
        List<Report> batch = List.of(value(1, "430181"), value(2, "430281"), value(3, "430181"), value(4, "360302"));

        assertThatThrownBy(() -> ReportingPolicy.requireMayReport(LIUYANG, batch, "county_code"))
                .isInstanceOfSatisfying(NotPermittedException.class, refused -> {
                    assertThat(refused.violations()).extracting(Violation::row).containsExactly(2, 4);
                    assertThat(refused.violations()).extracting(Violation::field).containsOnly("county_code");
                    assertThat(refused.violations().getFirst().reason()).contains("430281", "liuyang");
                });
    }

    @Test
    void aUnitsAgencyMayNotReportItsProvincesBenchmark() {
        assertThatThrownBy(() -> ReportingPolicy.requireMayReport(LIUYANG, List.of(value(null, "430000")),
                "countyCode")).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aRowThatNamesNoUnitIsLeftToTheChecksOfTheReport() {
        assertThatCode(() -> ReportingPolicy.requireMayReport(LIUYANG, List.of(value(1, null), value(2, " ")),
                "countyCode")).doesNotThrowAnyException();
    }

    @Test
    void aUnitsAgencyWithoutTheReportingScopeMayNotReportEvenItsOwnUnit() {
        Agency readOnly = new Agency("liuyang", AgencyKind.UNIT_AGENCY, "430181", null, Set.of(Scope.ZONE_READ));

        assertThatThrownBy(() -> ReportingPolicy.requireMayReport(readOnly, List.of(value(null, "430181")),
                "countyCode")).isInstanceOf(NotPermittedException.class).hasMessage(ReportingPolicy.RULE);
    }

    @Test
    void theZoneOfficeWithoutTheReportingScopeMayNot() {
        Agency office = new Agency("zone-office", AgencyKind.ZONE_OFFICE, null, null,
                EnumSet.complementOf(EnumSet.of(Scope.VALUES_REPORT)));

        assertThatThrownBy(() -> ReportingPolicy.requireMayReport(office, List.of(value(null, "430181")),
                "countyCode")).isInstanceOf(NotPermittedException.class).hasMessageContaining("values.report");
    }

    @ParameterizedTest
    @EnumSource(value = AgencyKind.class, names = { "PROVINCIAL_DRC", "SUBSCRIBER", "OPERATOR", "SERVICE" })
    void noOtherKindOfAgencyReportsValuesWhateverScopesItsTokenCarries(AgencyKind kind) {
        Agency other = new Agency("other", kind, null, kind == AgencyKind.PROVINCIAL_DRC ? "430000" : null,
                EnumSet.allOf(Scope.class));

        assertThatThrownBy(() -> ReportingPolicy.requireMayReport(other, List.of(value(null, "430181")),
                "countyCode")).isInstanceOf(NotPermittedException.class).hasMessage(ReportingPolicy.RULE);
    }

    private static Report value(Integer row, String countyCode) {
        return new Report(row, countyCode, "GDP", "2024", "1000", null, null, null, List.of());
    }
}
