package zone.xianggan.platform.events;

/**
 * A record without a value. On a compacted topic it would erase its key for every future reader; the zone never
 * writes one, so a consumer parks it rather than forget what the key held.
 */
public class TombstoneException extends UnreadableEventException {

    public TombstoneException(String topic, String key) {
        super("a tombstone (a record without a value) for key " + key + " on " + topic
                + ": the zone never writes one; the entity is kept as it was");
    }
}
