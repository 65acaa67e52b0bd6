package zone.xianggan.platform.web;

/** A change was sent without {@code If-Match}: 428, so that no agency overwrites a change it has not seen. */
public final class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("this change needs an If-Match header with the version you last read (its ETag)");
    }
}
