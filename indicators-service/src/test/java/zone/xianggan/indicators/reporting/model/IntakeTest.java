package zone.xianggan.indicators.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorDefinition;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;

class IntakeTest {

    private static final Indicator RATE = Indicator.define("URBANIZATION_RATE", IndicatorDefinition.of(
            "URBANIZATION_RATE", "城镇化率", "Urbanization rate", "%", Periodicity.YEAR,
            PlanArea.URBAN_RURAL_INTEGRATION, AggregationRule.ratio("URBAN", "RESIDENT", new BigDecimal("100")),
            Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("100")), Instant.EPOCH,
            Actor.system("seed"));
    private static final ReportingRules RULES = new ReportingRules(new ReportingContext(
            Map.of(RATE.code(), RATE), Set.of("430181"), Set.of("360999"), Set.of("430000"),
            LocalDate.of(2025, 3, 1)));
    private static final ValueKey KEY = new ValueKey("430181", "URBANIZATION_RATE", Period.year(2024));
    private static final Actor EARLIER = new Actor("liuyang", "chen.li");
    private static final Actor REPORTER = new Actor("zone-office", null);

    @ParameterizedTest(name = "{0},{1},{2},{3} is refused at {4}")
    @CsvSource({ "430199, URBANIZATION_RATE, 2024, 50, countyCode", "360999, URBANIZATION_RATE, 2024, 50, countyCode",
            "110000, URBANIZATION_RATE, 2024, 50, countyCode", "4301, URBANIZATION_RATE, 2024, 50, countyCode",
            "430181, GDP, 2024, 50, indicatorCode", "430181, URBANIZATION_RATE, 2024Q1, 50, period",
            "430181, URBANIZATION_RATE, 2026, 50, period", "430181, URBANIZATION_RATE, 24, 50, period",
            "430181, URBANIZATION_RATE, 2024, 100.01, value", "430181, URBANIZATION_RATE, 2024, -1, value",
            "430181, URBANIZATION_RATE, 2024, 'fifty', value", "430181, URBANIZATION_RATE, 2024, '1,5', value",
            "430181, URBANIZATION_RATE, 2024, NaN, value", "430181, URBANIZATION_RATE, 2024, 0.00000000001, value" })
    void eachRuleNamesItsField(String county, String indicator, String period, String value, String field) {
        ReportingRules.Checked checked = RULES.check(report(county, indicator, period, value, null, null));

        assertThat(checked.isAccepted()).isFalse();
        assertThat(checked.rejections()).extracting(r -> r.violation().field()).containsExactly(field);
    }

    @Test
    void aProvinceOfTheZonesUnitsReportsItsBenchmark() {
        assertThat(RULES.check(report("430000", "URBANIZATION_RATE", "2024", "61.2", null, null)).isAccepted())
                .isTrue();
    }

    @Test
    void theSameValueIsUnchangedADifferentOneARevisionThatNeedsAReason() {
        ValueRevision held = new ValueRevision(KEY, 1, new BigDecimal("55"), null, null, null, null, EARLIER,
                Instant.EPOCH);

        Intake intake = Intake.of(List.of(
                RULES.check(report("430181", "URBANIZATION_RATE", "2024", "55.0", null, null).withRow(1)),
                RULES.check(report("430181", "URBANIZATION_RATE", "2023", "54", null, null).withRow(2))),
                Map.of(KEY, held), REPORTER, Instant.EPOCH);
        assertThat(intake.settled()).extracting(Intake.SettledReport::outcome).containsExactly(ReportOutcome.UNCHANGED,
                ReportOutcome.IMPORTED);

        Intake withoutReason = Intake.of(List.of(RULES.check(report("430181", "URBANIZATION_RATE", "2024", "56",
                null, null))), Map.of(KEY, held), REPORTER, Instant.EPOCH);
        assertThat(withoutReason.rejections()).extracting(r -> r.violation().field()).containsExactly("reason");

        Intake revised = Intake.of(List.of(RULES.check(report("430181", "URBANIZATION_RATE", "2024", "56", null,
                "census"))), Map.of(KEY, held), REPORTER, Instant.EPOCH);
        assertThat(revised.changes()).singleElement().satisfies(r -> {
            assertThat(r.revision()).isEqualTo(2);
            assertThat(r.previousValue()).isEqualByComparingTo("55");
            assertThat(r.reason()).isEqualTo("census");
            assertThat(r.reportedBy()).isEqualTo(REPORTER);
        });
        assertThat(revised.superseded()).containsExactly(held);
        assertThat(intake.superseded()).as("nothing is superseded by a first value or an unchanged one").isEmpty();
    }

    @Test
    void oneBatchReportsOneValuePerKey() {
        Intake intake = Intake.of(List.of(
                RULES.check(report("430181", "URBANIZATION_RATE", "2024", "55", null, null).withRow(1)),
                RULES.check(report("430181", "URBANIZATION_RATE", "2024", "55", null, null).withRow(2)),
                RULES.check(report("430181", "URBANIZATION_RATE", "2024", "56", null, null).withRow(3))),
                Map.of(), REPORTER, Instant.EPOCH);

        assertThat(intake.summary(false, false)).satisfies(s -> {
            assertThat(s.imported()).isEqualTo(1);
            assertThat(s.unchanged()).isEqualTo(1);
            assertThat(s.rejected()).isEqualTo(1);
            assertThat(s.rejections().getFirst().row()).isEqualTo(3);
        });
    }

    @Test
    void syntheticDataNeverReplacesAValueFromAnotherSource() {
        ValueRevision official = new ValueRevision(KEY, 1, new BigDecimal("55"), null, null, "Bureau", null, EARLIER,
                Instant.EPOCH);
        Intake intake = Intake.of(List.of(RULES.check(report("430181", "URBANIZATION_RATE", "2024", "56",
                Sources.SYNTHETIC_SAMPLE, "demo"))), Map.of(KEY, official), REPORTER, Instant.EPOCH);

        assertThat(intake.rejections()).extracting(r -> r.violation().field()).containsExactly("source");
    }

    private static Report report(String county, String indicator, String period, String value, String source,
            String reason) {
        return new Report(null, county, indicator, period, value, null, source, reason, List.of());
    }
}
