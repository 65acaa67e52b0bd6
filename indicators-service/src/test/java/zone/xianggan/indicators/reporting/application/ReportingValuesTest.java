package zone.xianggan.indicators.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static zone.xianggan.indicators.reporting.application.ImportOptions.ALL_OR_NOTHING;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import zone.xianggan.events.EventType;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.indicators.RecordingOutbox;
import zone.xianggan.indicators.Refusals;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.catalogue.application.InMemoryIndicators;
import zone.xianggan.indicators.reporting.model.ImportSummary;
import zone.xianggan.indicators.reporting.model.Intake;
import zone.xianggan.indicators.reporting.model.Report;
import zone.xianggan.indicators.reporting.model.ReportOutcome;
import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.testsupport.slice.Callers;

/** Liuyang's agency and the zone office report; a batch takes at most three values. */
class ReportingValuesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final ImportOptions DRY_RUN = new ImportOptions(true, false, null, null);
    private static final ImportOptions ACCEPT_VALID = new ImportOptions(false, true, null, null);
    private static final ValueKey LIUYANG_GDP_2024 = new ValueKey(ZoneUnits.LIUYANG, "GDP", Period.year(2024));
    private static final ValueRevision LIUYANG_GDP_REPORTED = new ValueRevision(LIUYANG_GDP_2024, 1,
            new BigDecimal("190000000000"), null, null, "Liuyang Statistics Bureau", null,
            new Actor("liuyang", null), Instant.parse("2025-03-01T00:00:00Z"));

    /** Liuyang's GDP for 2024, first in a batch. */
    private static final Report LIUYANG_2024 = liuyangGdp(1, "2024", "190000000000", null);
    /** Liuyang's GDP for 2023 in words, second in a batch. */
    private static final Report TEXT_AS_VALUE = liuyangGdp(2, "2023", "a lot", null);
    /** Liling's GDP for 2024, second in a batch. */
    private static final Report LILING_2024 = gdp(2, ZoneUnits.LILING, "2024", "120000000000");

    private final InMemoryValues values = new InMemoryValues();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final ReportingValues reporting = reportingAt(NOW, 3);

    @Test
    void aFirstValueIsStoredAsRevisionOne() {
        reportBatch(ALL_OR_NOTHING, LIUYANG_2024);

        assertThat(values.history(LIUYANG_GDP_2024)).singleElement().satisfies(value -> {
            assertThat(value.revision()).isEqualTo(1);
            assertThat(value.value()).isEqualByComparingTo("190000000000");
        });
    }

    @Test
    void aValueIsRecordedAsReportedByTheCallerNow() {
        reportBatch(ALL_OR_NOTHING, LIUYANG_2024);

        assertThat(values.history(LIUYANG_GDP_2024)).singleElement().satisfies(value -> {
            assertThat(value.reportedBy()).isEqualTo(new Actor("liuyang", "chen.li"));
            assertThat(value.reportedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aFirstValueIsAppendedAsValueReportedKeyedByItsUnit() {
        reportBatch(ALL_OR_NOTHING, LIUYANG_2024);

        assertThat(outbox.appended()).extracting(PendingEvent::type, PendingEvent::key)
                .containsExactly(tuple(EventType.VALUE_REPORTED, ZoneUnits.LIUYANG));
    }

    @Test
    void theSummaryCountsTheValuesImported() {
        ImportSummary summary = reportBatch(ALL_OR_NOTHING, LIUYANG_2024);

        assertThat(summary).isEqualTo(new ImportSummary(false, true, 1, 1, 0, 0, 0, List.of()));
    }

    @Test
    void aDifferentValueIsStoredAsTheNextRevisionOfTheOneHeld() {
        ReportingValues reportingOverHeld = holding(LIUYANG_GDP_REPORTED);

        reportingOverHeld.report(List.of(liuyangGdp(1, "2024", "191000000000", "yearbook corrected")),
                "countyCode", ALL_OR_NOTHING, Callers.LIUYANG);

        assertThat(values.current(List.of(LIUYANG_GDP_2024))).extractingByKey(LIUYANG_GDP_2024).satisfies(value -> {
            assertThat(value.revision()).isEqualTo(2);
            assertThat(value.previousValue()).isEqualByComparingTo("190000000000");
            assertThat(value.reason()).isEqualTo("yearbook corrected");
        });
    }

    @Test
    void theValueARevisionReplacesIsKeptInTheHistory() {
        holding(LIUYANG_GDP_REPORTED).report(List.of(liuyangGdp(1, "2024", "191000000000", "yearbook corrected")),
                "countyCode", ALL_OR_NOTHING, Callers.LIUYANG);

        assertThat(values.history(LIUYANG_GDP_2024)).extracting(ValueRevision::revision).containsExactly(1, 2);
    }

    @Test
    void aRevisionIsAppendedAsValueRevised() {
        holding(LIUYANG_GDP_REPORTED).report(List.of(liuyangGdp(1, "2024", "191000000000", "yearbook corrected")),
                "countyCode", ALL_OR_NOTHING, Callers.LIUYANG);

        assertThat(outbox.appended()).extracting(PendingEvent::type).containsExactly(EventType.VALUE_REVISED);
    }

    @Test
    void theSameValueSentAgainChangesNothing() {
        ImportSummary summary = holding(LIUYANG_GDP_REPORTED).report(List.of(new Report(1, ZoneUnits.LIUYANG, "GDP",
                "2024", "190000000000.00", null, "Liuyang Statistics Bureau", null, null)), "countyCode",
                ALL_OR_NOTHING, Callers.LIUYANG);

        assertThat(summary.unchanged()).isEqualTo(1);
        assertThat(values.history(LIUYANG_GDP_2024)).containsExactly(LIUYANG_GDP_REPORTED);
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void aRevisionWithoutAReasonIsRefusedNamingTheReason() {
        assertThatThrownBy(() -> holding(LIUYANG_GDP_REPORTED).report(List.of(liuyangGdp(1, "2024", "191000000000",
                null)), "countyCode", ALL_OR_NOTHING, Callers.LIUYANG))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("reason"));
    }

    @Test
    void theDefaultReasonServesARevisionWhoseRowGivesNone() {
        holding(LIUYANG_GDP_REPORTED).report(List.of(liuyangGdp(1, "2024", "191000000000", null)), "countyCode",
                new ImportOptions(false, false, null, "2024 yearbook"), Callers.LIUYANG);

        assertThat(values.history(LIUYANG_GDP_2024)).last().extracting(ValueRevision::reason)
                .isEqualTo("2024 yearbook");
    }

    @Test
    void theDefaultSourceServesARowThatNamesNone() {
        reportBatch(new ImportOptions(false, false, "Liuyang Statistics Bureau", null), LIUYANG_2024);

        assertThat(values.history(LIUYANG_GDP_2024)).singleElement().extracting(ValueRevision::source)
                .isEqualTo("Liuyang Statistics Bureau");
    }

    @Test
    void aBatchWithARejectedRowWritesNothing() {
        assertThatThrownBy(() -> reportBatch(ALL_OR_NOTHING, LIUYANG_2024, TEXT_AS_VALUE))
                .isInstanceOf(InvalidInputException.class);

        assertThat(values.find(new ValueFilter(null, null, null, null))).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void aBatchRefusedWholeNamesEachRejectedRow() {
        assertThatThrownBy(() -> reportBatch(ALL_OR_NOTHING, LIUYANG_2024, TEXT_AS_VALUE))
                .satisfies(refusal -> {
                    assertThat(Refusals.rowsNamedBy(refusal)).containsExactly(2);
                    assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("value");
                });
    }

    @Test
    void aBatchRefusedWholeSaysWhatItsValidRowsWouldHaveDone() {
        assertThatThrownBy(() -> reportBatch(ALL_OR_NOTHING, LIUYANG_2024, TEXT_AS_VALUE))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.details())
                        .extractingByKey("validRows").isEqualTo(Map.of("imported", 1, "revised", 0,
                                "unchanged", 0)));
    }

    @Test
    void withAcceptValidTheValidRowsAreStored() {
        ImportSummary summary = reportBatch(ACCEPT_VALID, LIUYANG_2024, TEXT_AS_VALUE);

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(values.history(LIUYANG_GDP_2024)).hasSize(1);
    }

    @Test
    void aDryRunCountsWhatWouldBeImported() {
        ImportSummary summary = reportBatch(DRY_RUN, LIUYANG_2024);

        assertThat(summary).isEqualTo(new ImportSummary(true, false, 1, 1, 0, 0, 0, List.of()));
    }

    @Test
    void aDryRunWritesNothing() {
        reportBatch(DRY_RUN, LIUYANG_2024);

        assertThat(values.history(LIUYANG_GDP_2024)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void aDryRunListsTheRejectedRowsInsteadOfRefusingTheBatch() {
        ImportSummary summary = reportBatch(DRY_RUN, LIUYANG_2024, TEXT_AS_VALUE);

        assertThat(summary.rejections()).extracting(violation -> violation.row()).containsExactly(2);
    }

    @Test
    void anEmptyBatchIsRefusedNamingTheBody() {
        assertThatThrownBy(() -> reporting.report(List.of(), "countyCode", ALL_OR_NOTHING,
                Callers.LIUYANG)).isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("body"));
    }

    @Test
    void aBatchOverTheRowLimitIsRefusedNamingTheBody() {
        List<Report> four = List.of(liuyangGdp(1, "2021", "1", null), liuyangGdp(2, "2022", "1", null),
                liuyangGdp(3, "2023", "1", null), liuyangGdp(4, "2024", "1", null));

        assertThatThrownBy(() -> reporting.report(four, "countyCode", ALL_OR_NOTHING, Callers.LIUYANG))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("body"));
    }

    @Test
    void aUnitsAgencyReportingAnotherUnitsRowIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> reportBatch(ALL_OR_NOTHING, LIUYANG_2024, LILING_2024))
                .isInstanceOf(NotPermittedException.class)
                .satisfies(refusal -> assertThat(Refusals.rowsNamedBy(refusal)).containsExactly(2));
    }

    @Test
    void aBatchWithAnotherUnitsRowIsRefusedEvenInADryRun() {
        assertThatThrownBy(() -> reportBatch(DRY_RUN, LIUYANG_2024, LILING_2024))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aRefusedRowIsNamedAsTheBatchNamesItsUnit() {
        assertThatThrownBy(() -> reporting.report(List.of(gdp(1, ZoneUnits.LILING, "2024", "120000000000")),
                "county_code", ALL_OR_NOTHING, Callers.LIUYANG))
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("county_code"));
    }

    @Test
    void theZoneOfficeReportsForAnyUnit() {
        ImportSummary summary = reporting.report(List.of(gdp(1, ZoneUnits.LILING, "2024", "120000000000"),
                gdp(2, ZoneUnits.SHANGLI, "2024", "30000000000")), "countyCode", ALL_OR_NOTHING,
                Callers.ZONE_OFFICE);

        assertThat(summary.imported()).isEqualTo(2);
    }

    @Test
    void theZoneOfficeReportsTheBenchmarkOfAProvinceOfTheZonesUnits() {
        ImportSummary summary = reporting.report(List.of(new Report(1, ZoneUnits.HUNAN, "URBANIZATION_RATE", "2024",
                "61.16", null, "Hunan Statistical Yearbook", null, null)), "countyCode",
                ALL_OR_NOTHING, Callers.ZONE_OFFICE);

        assertThat(summary.imported()).isEqualTo(1);
    }

    @Test
    void aProvinceWithoutUnitsInTheZoneReportsNoBenchmark() {
        assertRowRefused(gdp(1, "110000", "2024", "1"), "countyCode", "benchmarks are reported for");
    }

    @Test
    void aUnitTheRegistryRetiredTakesNoNewReports() {
        assertRowRefused(gdp(1, ZoneUnits.YANLING, "2024", "1"), "countyCode", "is retired in the registry");
    }

    @Test
    void aRetiredIndicatorTakesNoNewReports() {
        assertRowRefused(new Report(1, ZoneUnits.LILING, "RESIDENT_POPULATION", "2024", "1000", null, null, null,
                null), "indicatorCode", "is retired and takes no new reports");
    }

    @Test
    void aYearIsTakenOnceItHasBegunWhereTheZoneIs() {
        ReportingValues onNewYearsNight = reportingAt(Instant.parse("2025-12-31T16:30:00Z"), 3);

        ImportSummary summary = onNewYearsNight.report(List.of(liuyangGdp(1, "2026", "1", null)), "countyCode",
                ALL_OR_NOTHING, Callers.LIUYANG);

        assertThat(summary.imported()).isEqualTo(1);
    }

    @Test
    void aYearThatHasNotBegunWhereTheZoneIsIsRefusedNamingThePeriod() {
        ReportingValues onNewYearsEve = reportingAt(Instant.parse("2025-12-31T15:30:00Z"), 3);

        assertThatThrownBy(() -> onNewYearsEve.report(List.of(liuyangGdp(1, "2026", "1", null)), "countyCode",
                ALL_OR_NOTHING, Callers.LIUYANG))
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("period"));
    }

    @Test
    void aBatchOfMoreThanAThousandValuesAppendsEachEventInTheOrderReported() {
        List<Report> batch = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        for (String unit : List.of(ZoneUnits.LIUYANG, ZoneUnits.LILING, ZoneUnits.SHANGLI, ZoneUnits.JINGGANGSHAN)) {
            for (int quarter = 0; quarter < 300; quarter++) {
                String period = (1950 + quarter / 4) + "Q" + (quarter % 4 + 1);
                batch.add(new Report(batch.size() + 1, unit, "RED_TOURISM_VISITS", period, "1000", null, null, null,
                        null));
                reported.add(unit + "/" + period);
            }
        }

        reportingAt(NOW, batch.size()).report(batch, "countyCode", ALL_OR_NOTHING,
                Callers.ZONE_OFFICE);

        assertThat(outbox.appended()).extracting(event -> event.key() + "/" + ((ReportedValue) event.data()).period())
                .containsExactlyElementsOf(reported);
    }

    @Test
    void aSingleValueAnswersWhatBecameOfIt() {
        Intake.SettledReport settled = reporting.reportOne(liuyangGdp(null, "2024", "190000000000", null),
                ALL_OR_NOTHING, Callers.LIUYANG);

        assertThat(settled.outcome()).isEqualTo(ReportOutcome.IMPORTED);
        assertThat(settled.value().revision()).isEqualTo(1);
    }

    @Test
    void aSingleValueIsStored() {
        Intake.SettledReport settled = reporting.reportOne(liuyangGdp(null, "2024", "190000000000", null),
                ALL_OR_NOTHING, Callers.LIUYANG);

        assertThat(values.history(LIUYANG_GDP_2024)).containsExactly(settled.value());
        assertThat(outbox.appended()).hasSize(1);
    }

    @Test
    void aSingleValueInADryRunIsNotStored() {
        Intake.SettledReport settled = reporting.reportOne(liuyangGdp(null, "2024", "190000000000", null), DRY_RUN,
                Callers.LIUYANG);

        assertThat(settled.outcome()).isEqualTo(ReportOutcome.IMPORTED);
        assertThat(values.history(LIUYANG_GDP_2024)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void aSingleValueOfTheWrongFormIsMalformedNamingTheField() {
        assertThatThrownBy(() -> reporting.reportOne(liuyangGdp(null, "24", "1", null), ALL_OR_NOTHING,
                Callers.LIUYANG)).isInstanceOf(MalformedInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("period"));
    }

    @Test
    void aSingleValueBreakingARuleIsInvalidNamingTheField() {
        assertThatThrownBy(() -> reporting.reportOne(new Report(null, ZoneUnits.LIUYANG, "URBANIZATION_RATE", "2024",
                "100.5", null, null, null, null), ALL_OR_NOTHING, Callers.LIUYANG))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("value"));
    }

    @Test
    void aSingleValueBreakingARuleIsInvalidThoughAnotherFieldIsMalformed() {
        assertThatThrownBy(() -> reporting.reportOne(new Report(null, ZoneUnits.LIUYANG, "GDP_PER_CAPITA", "24",
                "1", null, null, null, null), ALL_OR_NOTHING, Callers.LIUYANG))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal))
                        .containsExactlyInAnyOrder("indicatorCode", "period"));
    }

    @Test
    void aSingleValueOfAnotherUnitIsNotPermitted() {
        assertThatThrownBy(() -> reporting.reportOne(gdp(null, ZoneUnits.LILING, "2024", "1"),
                ALL_OR_NOTHING, Callers.LIUYANG)).isInstanceOf(NotPermittedException.class);
        assertThat(outbox.appended()).isEmpty();
    }

    private ReportingValues reportingAt(Instant now, int maxBatchRows) {
        return new ReportingValues(InMemoryIndicators.holding(SeededCatalogue.GDP, SeededCatalogue.URBANIZATION_RATE,
                SeededCatalogue.URBAN_RESIDENT_POPULATION, SeededCatalogue.RED_TOURISM_VISITS,
                SeededCatalogue.retired(SeededCatalogue.RESIDENT_POPULATION)).reading(), ZoneUnits.replica(), values,
                outbox.outbox(), new ReportingProperties(maxBatchRows, ZoneId.of("Asia/Shanghai"),
                        DataSize.ofMegabytes(16)), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The use case over a store that holds the value already. */
    private ReportingValues holding(ValueRevision held) {
        values.store(List.of(held), List.of());
        return reporting;
    }

    /** The batch as Liuyang's agency sends it in JSON. */
    private ImportSummary reportBatch(ImportOptions options, Report... batch) {
        return reporting.report(List.of(batch), "countyCode", options, Callers.LIUYANG);
    }

    private void assertRowRefused(Report report, String field, String reason) {
        assertThatThrownBy(() -> reporting.report(List.of(report), "countyCode", ALL_OR_NOTHING,
                Callers.ZONE_OFFICE)).isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(
                        refusal.violations()).singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo(field);
                            assertThat(violation.reason()).contains(reason);
                        }));
    }

    private static Report liuyangGdp(Integer row, String period, String value, String reason) {
        return new Report(row, ZoneUnits.LIUYANG, "GDP", period, value, null, null, reason, null);
    }

    private static Report gdp(Integer row, String unit, String period, String value) {
        return new Report(row, unit, "GDP", period, value, null, null, null, null);
    }
}
