package zone.xianggan.testsupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many events a service has committed to its outbox ({@code zone_outbox_appended_total}). The outbox deletes
 * what Kafka has acknowledged, so its rows cannot show that a refused request appended nothing; this count can.
 */
public final class OutboxEvents {

    private OutboxEvents() {
    }

    public static long appended(MeterRegistry meters) {
        Counter counter = meters.find("zone.outbox.appended").counter();
        return counter == null ? 0 : (long) counter.count();
    }
}
