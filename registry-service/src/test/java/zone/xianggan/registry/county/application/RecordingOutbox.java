package zone.xianggan.registry.county.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;

import zone.xianggan.platform.outbox.Outbox;
import zone.xianggan.platform.outbox.PendingEvent;

/**
 * Keeps the events the use cases append, in order. The outbox is a concrete class over the database and the relay,
 * with no port in front of it and a constructor of its own package, so the stand-in is a Mockito mock that records
 * the two calls the use cases make; the real outbox is the integration tests'.
 */
public final class RecordingOutbox {

    private final List<PendingEvent> appended = new ArrayList<>();
    private final Outbox outbox = mock(Outbox.class);

    public RecordingOutbox() {
        doAnswer(call -> appended.add(call.getArgument(0))).when(outbox).append(any(PendingEvent.class));
        doAnswer(call -> appended.addAll(call.getArgument(0))).when(outbox).appendAll(anyList());
    }

    public Outbox outbox() {
        return outbox;
    }

    public List<PendingEvent> appended() {
        return List.copyOf(appended);
    }
}
