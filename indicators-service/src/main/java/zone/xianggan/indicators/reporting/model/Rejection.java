package zone.xianggan.indicators.reporting.model;

import zone.xianggan.kernel.domain.Violation;

/**
 * Why one field of a report was refused.
 *
 * @param malformed whether the field does not even have the required form (400 for a single value), rather than
 *                  breaking a rule (422)
 */
public record Rejection(Violation violation, boolean malformed) {

    static Rejection form(Integer row, String field, String reason, Object rejected) {
        return new Rejection(at(row, new Violation(field, null, reason, rejected)), true);
    }

    static Rejection rule(Integer row, String field, String reason, Object rejected) {
        return new Rejection(at(row, new Violation(field, null, reason, rejected)), false);
    }

    private static Violation at(Integer row, Violation violation) {
        return row == null ? violation : violation.atRow(row);
    }
}
