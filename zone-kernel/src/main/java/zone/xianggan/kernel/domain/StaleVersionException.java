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

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
