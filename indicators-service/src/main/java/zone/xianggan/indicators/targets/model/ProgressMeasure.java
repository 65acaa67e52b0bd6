package zone.xianggan.indicators.targets.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.Period;

/**
 * Statistics Canada's progress measure, as Open SDG uses it: the compound annual growth observed from the baseline
 * to the latest period, {@code CAGRo = (latest / baseline)^(1 / years) - 1}, against the growth the target needs
 * from the baseline to the end of its year, {@code CAGRr = (target / baseline)^(1 / years) - 1}, as the ratio
 * {@code R = d * CAGRo / |CAGRr|} with {@code d} the indicator's better direction: R of at least 95 % is on track,
 * 60 % to 95 % needs acceleration, 0 to 60 % is limited progress, below 0 is moving away; a latest value that meets
 * the target has achieved it. Growth rates need positive values: with a zero or negative value the goal is not
 * assessed rather than given a category the arithmetic cannot support.
 */
public final class ProgressMeasure {

    static final double ON_TRACK = 0.95;
    static final double ACCELERATION_NEEDED = 0.60;
    private static final int SCALE = 4;

    private ProgressMeasure() {
    }

    /**
     * The measure's figures and category.
     *
     * @param observedAnnualGrowth CAGRo, e.g. 0.0512 for 5.12 % a year
     * @param requiredAnnualGrowth CAGRr
     * @param ratio                R; null where the category does not rest on it
     * @param note                 why a goal was not assessed; null otherwise
     */
    public record Assessment(ProgressStatus status, BigDecimal observedAnnualGrowth, BigDecimal requiredAnnualGrowth,
            BigDecimal ratio, String note) {

        static Assessment notAssessed(String note) {
            return new Assessment(ProgressStatus.NOT_ASSESSED, null, null, null, note);
        }
    }

    public static Assessment assess(Direction direction, Period baseline, BigDecimal baselineValue, Period latest,
            BigDecimal latestValue, int targetYear, BigDecimal target) {
        if (target == null) {
            return new Assessment(ProgressStatus.NO_TARGET_NUMBER, null, null, null, null);
        }
        int d = direction.sign();
        if (Integer.signum(latestValue.compareTo(target)) * d >= 0) {
            return new Assessment(ProgressStatus.TARGET_ACHIEVED, null, null, null, null);
        }
        if (baselineValue.signum() <= 0 || latestValue.signum() <= 0 || target.signum() <= 0) {
            return Assessment.notAssessed("a compound growth rate needs positive values: the baseline, the latest "
                    + "value and the target number");
        }
        double observedYears = years(baseline, endOf(latest));
        double requiredYears = years(baseline, YearMonth.of(targetYear, 12));
        if (observedYears <= 0) {
            return Assessment.notAssessed("the latest period " + latest + " is not after the baseline " + baseline);
        }
        if (requiredYears <= 0) {
            return Assessment.notAssessed("the target's year " + targetYear + " is not after the baseline "
                    + baseline);
        }
        double observed = annualGrowth(baselineValue, latestValue, observedYears);
        double required = annualGrowth(baselineValue, target, requiredYears);
        if (required == 0) {
            // The baseline was at the target and the latest value is not: it has moved away from it.
            return new Assessment(ProgressStatus.MOVING_AWAY, rounded(observed), rounded(required), null, null);
        }
        double ratio = d * observed / Math.abs(required);
        return new Assessment(category(ratio), rounded(observed), rounded(required), rounded(ratio), null);
    }

    static ProgressStatus category(double ratio) {
        if (ratio >= ON_TRACK) {
            return ProgressStatus.ON_TRACK;
        }
        if (ratio >= ACCELERATION_NEEDED) {
            return ProgressStatus.ACCELERATION_NEEDED;
        }
        return ratio >= 0 ? ProgressStatus.LIMITED_PROGRESS : ProgressStatus.MOVING_AWAY;
    }

    private static double annualGrowth(BigDecimal from, BigDecimal to, double years) {
        return Math.pow(to.doubleValue() / from.doubleValue(), 1 / years) - 1;
    }

    /** Years from the end of one period to a month's end: 2020 to 2024 is 4, 2020Q4 to 2021Q2 is 0.5. */
    private static double years(Period from, YearMonth to) {
        return ChronoUnit.MONTHS.between(endOf(from), to) / 12.0;
    }

    private static YearMonth endOf(Period period) {
        return YearMonth.from(period.lastDay());
    }

    private static BigDecimal rounded(double value) {
        return Decimals.normalize(BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN));
    }
}
