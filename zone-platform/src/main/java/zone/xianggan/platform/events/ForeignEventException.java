package zone.xianggan.platform.events;

/**
 * A well-formed event on a topic it does not belong to: another topic's type, or a {@code ce_source} other than the
 * topic's owner. Whoever wrote it was not the zone's owning service; it is parked, never applied.
 */
public class ForeignEventException extends UnreadableEventException {

    public ForeignEventException(String message) {
        super(message);
    }
}
