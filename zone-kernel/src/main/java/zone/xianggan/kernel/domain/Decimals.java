package zone.xianggan.kernel.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of every decimal number the zone accepts, from JSON, a CSV cell or a query. A number is refused on
 * its text before any arithmetic: at most {@value #MAX_TEXT_LENGTH} characters, plain digits with an optional sign,
 * point and exponent of at most {@value #MAX_EXPONENT_DIGITS} digits. So {@code 1E+10000000}, whose plain form has ten
 * million digits, costs nothing to refuse, where {@code setScale} or {@code toPlainString} on it held a request
 * thread for half a minute. A number read is then held to the bounds of its {@link Kind}, the column that stores it,
 * so that no number the zone takes overflows its column.
 */
public final class Decimals {

    /** The longest text read as a number: far more digits than any column keeps. */
    public static final int MAX_TEXT_LENGTH = 64;
    /** The most digits an exponent may have: {@code 1E+999} is read (and then refused by its kind's bounds). */
    public static final int MAX_EXPONENT_DIGITS = 3;
    /** The decimals every quotient the zone computes keeps (a ratio, a weighted mean, a progress). */
    public static final int QUOTIENT_DECIMALS = 4;

    /** What a number is, with the digits the column that stores it keeps before and after the point. */
    public enum Kind {
        /** A reported value, an indicator's bounds, a target, a baseline: {@code NUMERIC(38, 10)}. */
        FIGURE(28, 10),
        /** Yuan to the fen: {@code NUMERIC(18, 2)}. */
        MONEY(16, 2),
        /** The scale of a ratio (100 for %): {@code NUMERIC(20, 6)}. */
        SCALE(14, 6);

        private final int integerDigits;
        private final int decimals;

        Kind(int integerDigits, int decimals) {
            this.integerDigits = integerDigits;
            this.decimals = decimals;
        }

        public int integerDigits() {
            return integerDigits;
        }

        public int decimals() {
            return decimals;
        }
    }

    private Decimals() {
    }

    /** Why the text is not a number the zone reads; null if it is one. Never builds the number. */
    public static String formProblem(String text) {
        if (text == null || text.isBlank()) {
            return "is required: a number";
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT_LENGTH) {
            return "is longer than " + MAX_TEXT_LENGTH + " characters: no figure the zone keeps needs as many";
        }
        return isNumber(stripped, MAX_EXPONENT_DIGITS) ? null
                : isShapedLikeANumber(stripped) ? "has an exponent of more than " + MAX_EXPONENT_DIGITS + " digits: no "
                        + "figure the zone keeps is that large or that small"
                : "must be a number, written with digits, an optional sign and decimal point and at most a "
                        + MAX_EXPONENT_DIGITS + "-digit exponent (e.g. 1234.5 or 1.2E3), without thousands "
                        + "separators or units";
    }

    /**
     * Whether the text is written as a number, however long it is and however many digits its exponent has: a
     * number the zone does not read for its size is well-formed but invalid (422), anything else malformed (400).
     */
    public static boolean isShapedLikeANumber(String text) {
        return text != null && isNumber(text.strip(), Integer.MAX_VALUE);
    }

    /**
     * The number the text writes, as written; refused naming {@code field} if it is none (400) or one too long or
     * with too large an exponent to read (422).
     */
    public static BigDecimal parse(String field, String text) {
        String problem = formProblem(text);
        if (problem != null) {
            Violation violation = Violation.of(field, problem, text);
            throw isShapedLikeANumber(text) ? new InvalidInputException(violation)
                    : new MalformedInputException(violation);
        }
        return new BigDecimal(text.strip());
    }

    /** The number the text writes, or null if it writes none; see {@link #formProblem}. */
    public static BigDecimal parseOrNull(String text) {
        return formProblem(text) == null ? new BigDecimal(text.strip()) : null;
    }

    /**
     * Why the number does not fit {@code kind}: too many digits before the point, or too many decimals (trailing
     * zeros aside); null if it fits. Only cheap arithmetic, whatever the number: its digits are counted from the
     * unscaled value's bit length before any is computed.
     */
    public static String boundsProblem(BigDecimal value, Kind kind) {
        if (value.signum() == 0) {
            return null;
        }
        // 3.33 bits a digit: a number with more bits than this has more digits than any kind keeps.
        if (value.unscaledValue().bitLength() > 4 * (kind.integerDigits() + kind.decimals() + MAX_TEXT_LENGTH)
                || (long) value.precision() - value.scale() > kind.integerDigits()) {
            return "has more than " + kind.integerDigits() + " digits before the decimal point";
        }
        if (value.scale() > kind.decimals() && value.stripTrailingZeros().scale() > kind.decimals()) {
            return "has more than " + kind.decimals() + " decimal places";
        }
        return null;
    }

    /**
     * The number if it fits {@code kind}, normalised; else null, with a violation naming {@code field} added. A null
     * number is null, with no violation: whether it is required is the caller's rule.
     */
    public static BigDecimal check(String field, BigDecimal value, Kind kind, List<Violation> violations) {
        if (value == null) {
            return null;
        }
        String problem = boundsProblem(value, kind);
        if (problem != null) {
            violations.add(Violation.of(field, problem, describe(value)));
            return null;
        }
        return normalize(value);
    }

    /** The number if it fits {@code kind}, normalised; else refused (422) naming {@code field}. */
    public static BigDecimal require(String field, BigDecimal value, Kind kind) {
        List<Violation> violations = new ArrayList<>(1);
        BigDecimal checked = check(field, value, kind, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return checked;
    }

    /**
     * A number as the zone shows it: without trailing zeros and never in exponent form ({@code 1000}, not 1E+3).
     * Only for a number within a {@link Kind}'s bounds: it writes out every digit.
     */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The quotient to {@value #QUOTIENT_DECIMALS} decimals (half to even, from 34 significant digits), without
     * trailing zeros; null if the divisor is zero. Every quotient the zone shows is this one, so that two services
     * computing the same figure agree to the last digit.
     */
    public static BigDecimal quotient(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            return null;
        }
        return normalize(dividend.divide(divisor, MathContext.DECIMAL128)
                .setScale(QUOTIENT_DECIMALS, RoundingMode.HALF_EVEN));
    }

    /** A number as a refusal echoes it: as written, in exponent form if that is shorter; never every digit. */
    private static String describe(BigDecimal value) {
        return value.unscaledValue().bitLength() > 4 * MAX_TEXT_LENGTH ? "a number of more than " + MAX_TEXT_LENGTH
                + " digits" : value.toString();
    }

    /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits{1,3})?}, character by character. */
    private static boolean isNumber(String text, int maxExponentDigits) {
        int length = text.length();
        int integerStart = afterSign(text, 0);
        int i = afterDigits(text, integerStart);
        int digits = i - integerStart;
        if (i < length && text.charAt(i) == '.') {
            int fractionEnd = afterDigits(text, i + 1);
            digits += fractionEnd - (i + 1);
            i = fractionEnd;
        }
        if (digits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponentStart = afterSign(text, i + 1);
            i = afterDigits(text, exponentStart);
            int exponentDigits = i - exponentStart;
            if (exponentDigits == 0 || exponentDigits > maxExponentDigits) {
                return false;
            }
        }
        return i == length;
    }

    private static int afterSign(String text, int i) {
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
    }

    private static int afterDigits(String text, int i) {
        while (i < text.length() && Ascii.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
