package zone.xianggan.bench;

/**
 * One line of the results table: a measurement, the raw baseline it is compared with where there is one, and the
 * target it is held to.
 *
 * @param baseline the baseline's value in the same unit, or NaN
 * @param target   the target in words, e.g. "≥ 50% of JDBC", or empty
 * @param met      whether the target is met; null where there is no target
 */
record Result(String section, String measure, double value, String unit, String baselineName, double baseline,
        String target, Boolean met) {

    static Result of(String section, String measure, double value, String unit) {
        return new Result(section, measure, value, unit, "", Double.NaN, "", null);
    }

    double ratio() {
        return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : value / baseline;
    }

    Result against(String name, double baselineValue) {
        return new Result(section, measure, value, unit, name, baselineValue, target, met);
    }

    Result target(String description, boolean isMet) {
        return new Result(section, measure, value, unit, baselineName, baseline, description, isMet);
    }
}
