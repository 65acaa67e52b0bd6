package zone.xianggan.platform.kafka;

import java.util.Locale;
import java.util.Optional;

import zone.xianggan.platform.events.ForeignEventException;
import zone.xianggan.platform.events.TombstoneException;
import zone.xianggan.platform.events.UnreadableEventException;

/**
 * Why a record can never be processed, however often it is tried: the only failures that park a record on a
 * dead-letter topic. Any other failure (a database that is down, a timeout, a fault not foreseen) is retried until it
 * passes, so that no record is skipped.
 */
public enum DeadLetterReason {

    /** Written by someone other than the topic's owner, or an event of another topic's type. */
    FOREIGN,
    /** A record without a value. */
    TOMBSTONE,
    /** Not a zone CloudEvent, an unknown type, data that breaks its schema, a key its data contradicts. */
    UNREADABLE;

    /** The reason, if {@code failure} (or one of its causes) makes a record one that can never be processed. */
    public static Optional<DeadLetterReason> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ForeignEventException) {
                return Optional.of(FOREIGN);
            }
            if (cause instanceof TombstoneException) {
                return Optional.of(TOMBSTONE);
            }
            if (cause instanceof UnreadableEventException) {
                return Optional.of(UNREADABLE);
            }
        }
        return Optional.empty();
    }

    /**
     * As the {@code zone_dlt-reason} header and the metrics' {@code reason} tag name {@code failure}: {@code failed}
     * if it is none of these (a record parked by no rule of the zone's, or a replay that failed again).
     */
    public static String labelOf(Throwable failure) {
        return of(failure).map(DeadLetterReason::label).orElse("failed");
    }

    /** As it appears in the {@code zone_dlt-reason} header and the metrics' {@code reason} tag. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
