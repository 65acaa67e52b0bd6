package zone.xianggan.platform.outbox;

import zone.xianggan.events.EventType;

/**
 * An event a use case wants published with its state change.
 *
 * @param key  the entity's id (county code, project id): the record key and the {@code ce_subject}
 * @param data the type's data record
 */
public record PendingEvent(EventType type, String key, Object data) {

    public PendingEvent {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type + " carries " + type.dataClass().getSimpleName() + ", not "
                    + data.getClass().getSimpleName());
        }
    }
}
