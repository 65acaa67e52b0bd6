package zone.xianggan.platform.domain;

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
            throw new MalformedInputException(Violation.of(field,
                    "must be a six-digit GB/T 2260 administrative division code, e.g. 430181", raw));
        }
        return new CountyCode(raw);
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
