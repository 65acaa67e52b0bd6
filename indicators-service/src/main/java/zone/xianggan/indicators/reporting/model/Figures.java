package zone.xianggan.indicators.reporting.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import zone.xianggan.indicators.catalogue.model.Decimals;
import zone.xianggan.platform.domain.Ascii;

/** Reads a reported figure: a plain decimal number, as statisticians and spreadsheets write it. */
final class Figures {

    /** Digits before the decimal point that storage keeps: enough for any amount in yuan. */
    static final int MAX_INTEGER_DIGITS = 28;
    static final int MAX_DECIMALS = 10;

    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?$");

    private Figures() {
    }

    /** The number, or null if the text is none; see {@link #problem(String)}. */
    static BigDecimal parse(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (!isPlainDecimal(text) && !NUMBER.matcher(text).matches()) {
            return null;
        }
        return Decimals.normalize(new BigDecimal(text));
    }

    /**
     * A sign, digits and at most one decimal point, with a digit somewhere: how nearly every figure is written,
     * told without the pattern, which a batch would otherwise run on every row. The pattern decides the rest.
     */
    private static boolean isPlainDecimal(String text) {
        int from = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Ascii.isDigit(c)) {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** Why the text is not a figure the zone stores; null if it is one. */
    static String problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "is required: a number";
        }
        BigDecimal value = parse(raw);
        if (value == null) {
            return "must be a number, written with digits and an optional decimal point (e.g. 1234.5), "
                    + "without thousands separators or units";
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return "has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (value.scale() > MAX_DECIMALS) {
            return "has more than " + MAX_DECIMALS + " decimal places";
        }
        return null;
    }
}
