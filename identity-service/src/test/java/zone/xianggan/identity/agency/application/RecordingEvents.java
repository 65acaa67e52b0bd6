package zone.xianggan.identity.agency.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Keeps the events the use cases publish, in order. In production they are heard after the transaction commits (the
 * Kafka ACLs follow); here only that they were published, and what they name.
 */
public class RecordingEvents implements ApplicationEventPublisher {

    private final List<Object> published = new ArrayList<>();

    @Override
    public void publishEvent(Object event) {
        published.add(event);
    }

    public List<Object> published() {
        return List.copyOf(published);
    }
}
