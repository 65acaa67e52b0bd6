package zone.xianggan.subscriber.tables;

/** What an event did to the tables. */
public enum Outcome {
    /** The tables now hold what the event says. */
    APPLIED,
    /** An event already processed ({@code ce_id} in {@code processed_events}), delivered again: nothing changed. */
    DUPLICATE,
    /** A version or revision no newer than the one held (a late or replayed event): nothing changed. */
    OUTDATED
}
