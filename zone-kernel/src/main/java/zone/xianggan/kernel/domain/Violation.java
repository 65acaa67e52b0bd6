package zone.xianggan.kernel.domain;

/**
 * One reason an input was refused, naming where: a field, and for a batch or an upload the row.
 *
 * @param field         the JSON property, query parameter, header or CSV column
 * @param row           1-based row of a batch or CSV upload (the header line is not counted); null for single inputs
 * @param reason        what is wrong, in words an agency clerk can act on
 * @param rejectedValue the value as received, if there was one
 */
public record Violation(String field, Integer row, String reason, Object rejectedValue) {

    public static Violation of(String field, String reason, Object rejectedValue) {
        return new Violation(field, null, reason, rejectedValue);
    }

    public static Violation of(String field, String reason) {
        return new Violation(field, null, reason, null);
    }

    public Violation atRow(int rowNumber) {
        return new Violation(field, rowNumber, reason, rejectedValue);
    }

    public Violation within(String parentField) {
        return new Violation(parentField + "." + field, row, reason, rejectedValue);
    }
}
