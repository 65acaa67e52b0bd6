package zone.xianggan.indicators.catalogue.model;

import java.util.regex.Pattern;

import zone.xianggan.platform.domain.MalformedInputException;
import zone.xianggan.platform.domain.Violation;

/** An indicator's code: upper case letters, digits and underscores, starting with a letter, e.g. {@code GDP}. */
public final class IndicatorCode {

    private static final Pattern FORM = Pattern.compile("^[A-Z][A-Z0-9_]{1,63}$");

    private IndicatorCode() {
    }

    public static boolean isWellFormed(String raw) {
        return raw != null && FORM.matcher(raw).matches();
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
