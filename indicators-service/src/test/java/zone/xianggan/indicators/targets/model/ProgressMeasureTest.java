package zone.xianggan.indicators.targets.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.indicators.targets.model.ProgressMeasure.Assessment;
import zone.xianggan.kernel.domain.Period;

class ProgressMeasureTest {

    private static final Period BASELINE = Period.year(2020);
    private static final Period LATEST = Period.year(2024);

    @Test
    void growthAtLeastNinetyFivePercentOfTheNeededIsOnTrack() {
        // 150 -> 230 in four years is 11.28 % a year; 250 by the end of 2025 needs 10.76 % a year.
        Assessment assessment = higherIsBetter("150", "230", 2025, "250");

        assertThat(assessment.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(assessment.observedAnnualGrowth()).isEqualByComparingTo("0.1128");
        assertThat(assessment.requiredAnnualGrowth()).isEqualByComparingTo("0.1076");
        assertThat(assessment.ratio()).isEqualByComparingTo("1.0485");
    }

    @Test
    void growthOfSixtyToNinetyFivePercentOfTheNeededNeedsAcceleration() {
        Assessment assessment = higherIsBetter("150", "230", 2025, "310");

        assertThat(assessment.status()).isEqualTo(ProgressStatus.ACCELERATION_NEEDED);
        assertThat(assessment.ratio()).isEqualByComparingTo("0.7218");
    }

    @Test
    void growthBelowSixtyPercentOfTheNeededIsLimitedProgress() {
        Assessment assessment = higherIsBetter("150", "160", 2025, "250");

        assertThat(assessment.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
        assertThat(assessment.ratio()).isEqualByComparingTo("0.1512");
    }

    @Test
    void aFallWhereARiseIsBetterIsMovingAway() {
        assertThat(higherIsBetter("150", "140", 2025, "250").status()).isEqualTo(ProgressStatus.MOVING_AWAY);
    }

    @Test
    void aLatestValueThatMeetsTheNumberHasAchievedIt() {
        Assessment assessment = higherIsBetter("150", "250", 2025, "250");

        assertThat(assessment.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(assessment.ratio()).isNull();
    }

    @Test
    void whereLowerIsBetterAFallIsProgressMeasuredAgainstTheFallNeeded() {
        // 1.0 -> 0.9 is -2.60 % a year; 0.85 by the end of 2025 needs -3.20 % a year.
        Assessment assessment = ProgressMeasure.assess(Direction.LOWER_IS_BETTER, BASELINE, new BigDecimal("1.0"),
                LATEST, new BigDecimal("0.9"), 2025, new BigDecimal("0.85"));

        assertThat(assessment.status()).isEqualTo(ProgressStatus.ACCELERATION_NEEDED);
        assertThat(assessment.ratio()).isEqualByComparingTo("0.8129");
    }

    @Test
    void aGoalWithoutANumberIsNotGivenOne() {
        Assessment assessment = higherIsBetter("150", "230", 2025, null);

        assertThat(assessment.status()).isEqualTo(ProgressStatus.NO_TARGET_NUMBER);
        assertThat(assessment.requiredAnnualGrowth()).isNull();
    }

    @Test
    void aZeroBaselineIsNotAssessedSayingWhy() {
        Assessment assessment = higherIsBetter("0", "230", 2025, "250");

        assertThat(assessment.status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
        assertThat(assessment.note()).contains("positive values");
    }

    @Test
    void aTargetYearNotAfterTheBaselineIsNotAssessed() {
        Assessment assessment = ProgressMeasure.assess(Direction.HIGHER_IS_BETTER, Period.year(2025),
                new BigDecimal("150"), Period.year(2026), new BigDecimal("160"), 2025, new BigDecimal("250"));

        assertThat(assessment.status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
        assertThat(assessment.note()).contains("2025");
    }

    @Test
    void quarterlyFiguresCountTheYearsBetweenTheQuartersEnds() {
        // From the end of 2024Q2 to the end of 2025Q2 is one year: 100 -> 110 is 10 % a year; 121 by the end of
        // 2026 is 2.5 years at 7.92 % a year.
        Assessment assessment = ProgressMeasure.assess(Direction.HIGHER_IS_BETTER, Period.parse("p", "2024Q2"),
                new BigDecimal("100"), Period.parse("p", "2025Q2"), new BigDecimal("110"), 2026, new BigDecimal("121"));

        assertThat(assessment.observedAnnualGrowth()).isEqualByComparingTo("0.1");
        assertThat(assessment.requiredAnnualGrowth()).isEqualByComparingTo("0.0792");
    }

    @ParameterizedTest
    @CsvSource({ "0.95, ON_TRACK", "0.9499, ACCELERATION_NEEDED", "0.60, ACCELERATION_NEEDED",
            "0.5999, LIMITED_PROGRESS", "0, LIMITED_PROGRESS", "-0.0001, MOVING_AWAY" })
    void theThresholdsAreThePublishedOnes(double ratio, ProgressStatus status) {
        assertThat(ProgressMeasure.category(ratio)).isEqualTo(status);
    }

    private static Assessment higherIsBetter(String baseline, String latest, int targetYear, String target) {
        return ProgressMeasure.assess(Direction.HIGHER_IS_BETTER, BASELINE, new BigDecimal(baseline), LATEST,
                new BigDecimal(latest), targetYear, target == null ? null : new BigDecimal(target));
    }
}
