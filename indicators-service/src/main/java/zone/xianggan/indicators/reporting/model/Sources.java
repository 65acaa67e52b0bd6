package zone.xianggan.indicators.reporting.model;

import java.util.Locale;

/**
 * Where a value comes from, as its reporter names it ({@code source}). Synthetic sample data for demonstrations is
 * marked by a source beginning with {@code SYNTHETIC}: reads and aggregates show it, and it never replaces a
 * reported value.
 */
public final class Sources {

    /** The source every value of the shipped sample dataset carries. */
    public static final String SYNTHETIC_SAMPLE = "SYNTHETIC SAMPLE – not official data";

    static final int MAX_LENGTH = 200;

    private Sources() {
    }

    public static boolean isSynthetic(String source) {
        return source != null && source.strip().toUpperCase(Locale.ROOT).startsWith("SYNTHETIC");
    }
}
