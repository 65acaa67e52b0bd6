package zone.xianggan.platform.events;

/**
 * A record that is not a zone CloudEvent, or whose data does not fit its type. Retrying cannot help, so the
 * consumer sends it to the dead-letter topic at once.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
