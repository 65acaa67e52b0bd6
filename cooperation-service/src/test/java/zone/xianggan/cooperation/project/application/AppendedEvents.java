package zone.xianggan.cooperation.project.application;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;

import zone.xianggan.events.EventType;
import zone.xianggan.platform.outbox.Outbox;
import zone.xianggan.platform.outbox.PendingEvent;

/**
 * The events the use cases appended to the outbox, in order. The platform's {@link Outbox} is a class only the
 * platform can build, on its database table, so a stand-in made by Mockito takes the events and keeps them here;
 * storing and relaying them is the platform's, tested there and in the integration tests.
 */
final class AppendedEvents {

    private final List<PendingEvent> events = new ArrayList<>();
    private final Outbox outbox = mock(Outbox.class);

    AppendedEvents() {
        doAnswer(call -> events.addAll(call.getArgument(0))).when(outbox).appendAll(anyList());
    }

    Outbox outbox() {
        return outbox;
    }

    List<EventType> types() {
        return events.stream().map(PendingEvent::type).toList();
    }

    List<String> keys() {
        return events.stream().map(PendingEvent::key).toList();
    }
}
