package zone.xianggan.kernel.domain;

/**
 * Checks of short codes character by character. A batch of values checks each row's unit, indicator, period and
 * figure, tens of thousands of times a request, where a regular expression's matcher cost more than the check.
 */
public final class Ascii {

    private Ascii() {
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isUpperLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Whether the characters from {@code from} (inclusive) to {@code to} (exclusive) are all ASCII digits. */
    public static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The number the ASCII digits from {@code from} to {@code to} write; check them with {@link #isDigits}. */
    public static int digitsValue(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
