package zone.xianggan.kernel.domain;

import java.util.List;

/**
 * The official six-digit administrative division code (GB/T 2260) of a county-level unit, always a string:
 * {@code 430181} is Liuyang. Its first two digits are its province's ({@code 430000}), its first four its
 * prefecture's ({@code 430100}).
 */
public record CountyCode(String value) implements Comparable<CountyCode> {

    public CountyCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a six-digit code: " + value);
        }
    }

    /** Reads a code a caller sent; anything but six digits is malformed input naming {@code field}. */
    public static CountyCode parse(String field, String raw) {
        if (!isWellFormed(raw)) {
            throw new MalformedInputException(Violation.of(field, reason(), raw));
        }
        return new CountyCode(raw);
    }

    /**
     * Reads one of several codes a caller sent: null, with a violation naming {@code field} added to
     * {@code malformed}, if it is not six digits; null without one if none was sent.
     */
    public static CountyCode read(String field, String raw, List<Violation> malformed) {
        if (raw == null) {
            return null;
        }
        if (!isWellFormed(raw)) {
            malformed.add(Violation.of(field, reason(), raw));
            return null;
        }
        return new CountyCode(raw);
    }

    /** What a well-formed code is, as a refusal says it. */
    public static String reason() {
        return "must be a six-digit GB/T 2260 administrative division code, e.g. 430181";
    }

    public static boolean isWellFormed(String raw) {
        return raw != null && raw.length() == 6 && Ascii.isDigits(raw, 0, 6);
    }

    /** The code of the province the unit is in: its first two digits and four zeros. */
    public String provinceCode() {
        return value.substring(0, 2) + "0000";
    }

    /** The code of the prefecture-level city the unit is in: its first four digits and two zeros. */
    public String prefectureCode() {
        return value.substring(0, 4) + "00";
    }

    @Override
    public int compareTo(CountyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
