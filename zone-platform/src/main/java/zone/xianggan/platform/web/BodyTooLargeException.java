package zone.xianggan.platform.web;

/**
 * A request body longer than its endpoint takes: 413, naming {@code body} and the limit. Raised by
 * {@link BodySizeLimit} before the body is read when its Content-Length says so, and while it is read otherwise.
 */
public final class BodyTooLargeException extends RuntimeException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("the request body is larger than this endpoint takes: at most " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
