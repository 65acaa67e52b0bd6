package zone.xianggan.kernel.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for free text the zone stores (names, titles, descriptions, milestones, notes, sources, reasons):
 * stripped, normalised to Unicode NFC, so that one name is stored one way, and no longer than its column. Refused,
 * naming the field and the character: C0 and C1 control characters, bidirectional overrides and isolates (U+202A–
 * U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which can make a name read differently from what is stored;
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF), which make two names look alike; line and paragraph
 * separators (U+2028, U+2029); unpaired surrogates and noncharacters. {@link Lines#MANY} text (a description, a note,
 * a reason) may hold line breaks and tabs; a Windows line break (CR LF) is stored as a line feed.
 */
public final class Text {

    /** Whether the text may span lines. */
    public enum Lines {
        /** A name, a title, a unit, a source: one line, no tabs. */
        ONE,
        /** A description, a note, a reason: line feeds and tabs allowed. */
        MANY
    }

    private Text() {
    }

    /**
     * The text, stripped and normalised, or null if it was null or blank (with a violation naming {@code field} if
     * it is {@code required}); a text that breaks the rule adds a violation and is returned as sent.
     */
    public static String check(String field, String value, int maxLength, Lines lines, boolean required,
            List<Violation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(Violation.of(field, "is required"));
            }
            return null;
        }
        String normalized = normalize(value);
        String problem = problem(normalized, maxLength, lines);
        if (problem != null) {
            violations.add(Violation.of(field, problem, value));
            return value;
        }
        return normalized;
    }

    /**
     * The text, stripped and normalised, or null if blank; refused (422) naming {@code field} if it breaks the rule.
     */
    public static String optional(String field, String value, int maxLength, Lines lines) {
        List<Violation> violations = new ArrayList<>(1);
        String checked = check(field, value, maxLength, lines, false, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return checked;
    }

    /** The text as it is stored: CR LF as LF, stripped, NFC. */
    public static String normalize(String value) {
        String text = value.indexOf('\r') >= 0 ? value.replace("\r\n", "\n") : value;
        text = text.strip();
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Why the (normalised) text breaks the rule, naming the first character that does and where; null if it keeps
     * it. Character by character: a batch checks each row's note, source and reason.
     */
    public static String problem(String text, int maxLength, Lines lines) {
        if (text.length() > maxLength) {
            return "must be at most " + maxLength + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                continue;
            }
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            } else if (Character.isSurrogate(c)) {
                return "holds a broken character (an unpaired UTF-16 surrogate) at position " + (i + 1);
            }
            String kind = refused(codePoint, lines);
            if (kind != null) {
                return "must not contain " + kind + " (" + name(codePoint) + " at position " + (i + 1) + ")";
            }
            if (codePoint > 0xFFFF) {
                i++;
            }
        }
        return null;
    }

    /** What kind of refused character the code point is, or null if it is allowed. */
    static String refused(int codePoint, Lines lines) {
        if (codePoint == '\n' || codePoint == '\t') {
            return lines == Lines.MANY ? null : "line breaks or tabs";
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return "control characters";
        }
        if ((codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C) {
            return "bidirectional control characters";
        }
        if ((codePoint >= 0x200B && codePoint <= 0x200D) || codePoint == 0x2060 || codePoint == 0xFEFF) {
            return "zero-width characters";
        }
        if (codePoint == 0x2028 || codePoint == 0x2029) {
            return "line or paragraph separators";
        }
        if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
            return "noncharacters";
        }
        return null;
    }

    private static String name(int codePoint) {
        return "U+" + String.format(Locale.ROOT, "%04X", codePoint);
    }
}
