package zone.xianggan.indicators.reporting.web;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each short text that a request repeats: a batch of 10,000 values names the same few units,
 * indicators, periods and sources thousands of times, and each of its reports lives until the batch is written, so
 * that every copy would be carried through each garbage collection the import takes. Long texts (notes, mostly) and
 * texts past the first few thousand distinct ones are kept as read.
 */
final class RepeatedTexts {

    private static final int LONGEST = 64;
    private static final int MOST_DISTINCT = 4096;

    private final Map<String, String> seen = new HashMap<>();

    String of(String text) {
        if (text == null || text.length() > LONGEST) {
            return text;
        }
        String first = seen.get(text);
        if (first != null) {
            return first;
        }
        if (seen.size() < MOST_DISTINCT) {
            seen.put(text, text);
        }
        return text;
    }
}
