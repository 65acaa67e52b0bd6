package zone.xianggan.indicators;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.mockito.invocation.InvocationOnMock;

import zone.xianggan.platform.outbox.Outbox;
import zone.xianggan.platform.outbox.PendingEvent;

/**
 * Keeps the events the use cases append, in order. The outbox is a concrete class over the database and the relay,
 * with no port in front of it and a constructor of its own package, so the stand-in is a Mockito mock that records
 * the calls the use cases make: events appended, and events rendered ahead, which count once their handle is
 * appended (as the real outbox stores them only then). The real outbox is the integration tests'.
 */
public final class RecordingOutbox {

    private final List<PendingEvent> appended = new ArrayList<>();
    private final Map<Outbox.RenderedEvents, List<PendingEvent>> rendered = new IdentityHashMap<>();
    private final Outbox outbox = mock(Outbox.class);

    public RecordingOutbox() {
        doAnswer(call -> appended.add(call.getArgument(0))).when(outbox).append(any(PendingEvent.class));
        doAnswer(call -> appended.addAll(call.getArgument(0))).when(outbox).appendAll(anyList());
        doAnswer(this::renderAhead).when(outbox).renderAhead(anyList(), any());
        doAnswer(this::appendRendered).when(outbox).append(any(Outbox.RenderedEvents.class));
    }

    public Outbox outbox() {
        return outbox;
    }

    public List<PendingEvent> appended() {
        return List.copyOf(appended);
    }

    private Outbox.RenderedEvents renderAhead(InvocationOnMock call) {
        List<?> sources = call.getArgument(0);
        Function<Object, PendingEvent> toEvent = call.getArgument(1);
        Outbox.RenderedEvents handle = newHandle();
        rendered.put(handle, sources.stream().map(toEvent).toList());
        return handle;
    }

    private boolean appendRendered(InvocationOnMock call) {
        List<PendingEvent> events = rendered.remove(call.<Outbox.RenderedEvents>getArgument(0));
        if (events == null) {
            throw new IllegalStateException("appended a handle this outbox did not render, or appended it twice");
        }
        return appended.addAll(events);
    }

    /** A handle of the platform's own type, a distinct one each time; only the outbox makes them (privately). */
    private static Outbox.RenderedEvents newHandle() {
        try {
            Constructor<Outbox.RenderedEvents> constructor = Outbox.RenderedEvents.class
                    .getDeclaredConstructor(CompletableFuture.class);
            constructor.setAccessible(true);
            return constructor.newInstance((Object) null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the outbox's handle of rendered events changed shape", e);
        }
    }
}
