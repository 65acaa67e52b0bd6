package zone.xianggan.kernel.domain;

/** An indicator's code: upper case letters, digits and underscores, starting with a letter, e.g. {@code GDP}. */
public final class IndicatorCode {

    private IndicatorCode() {
    }

    public static boolean isWellFormed(String raw) {
        if (raw == null || raw.length() < 2 || raw.length() > 64 || !Ascii.isUpperLetter(raw.charAt(0))) {
            return false;
        }
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Ascii.isUpperLetter(c) && !Ascii.isDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** The code as sent; anything else is malformed input naming {@code field}. */
    public static String parse(String field, String raw) {
        if (!isWellFormed(raw)) {
            throw new MalformedInputException(Violation.of(field, reason(), raw));
        }
        return raw;
    }

    public static String reason() {
        return "must be an indicator code: 2 to 64 upper-case letters, digits or underscores, starting with a "
                + "letter, e.g. URBANIZATION_RATE";
    }
}
