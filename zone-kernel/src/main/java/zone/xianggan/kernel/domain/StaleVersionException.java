package zone.xianggan.kernel.domain;

/** The caller's {@code If-Match} names a version that is no longer current: 412. */
public final class StaleVersionException extends RuntimeException {

    private final long expected;
    private final long current;

    public StaleVersionException(long expected, long current) {
        super("version " + expected + " is stale; the current version is " + current);
        this.expected = expected;
        this.current = current;
    }

    /** Refuses a change made against a version other than the current one (412 at the API). */
    public static void requireCurrent(long expected, long current) {
        if (current != expected) {
            throw new StaleVersionException(expected, current);
        }
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
