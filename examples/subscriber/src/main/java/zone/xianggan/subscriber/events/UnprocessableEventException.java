package zone.xianggan.subscriber.events;

/** A record that no number of tries will process: it is parked on the dead-letter topic at once. */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }

    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
