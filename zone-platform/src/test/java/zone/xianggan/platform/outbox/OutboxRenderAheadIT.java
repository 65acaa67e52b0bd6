package zone.xianggan.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import zone.xianggan.events.EventType;
import zone.xianggan.events.indicators.ReportedValue;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.platform.events.OutgoingEvent;
import zone.xianggan.platform.schema.ModuleSchema;
import zone.xianggan.platform.tasks.SurvivingTasks;
import zone.xianggan.platform.tracing.EventTrace;
import zone.xianggan.testsupport.TestDatabase;

/**
 * Events rendered ahead, on the outbox's own thread while the transaction goes on, are stored as if appended there:
 * in the order appended, in the transaction, in the trace of the caller, and not at all when it rolls back or their
 * rendering fails. Against the real database; the relay is not started, so what is stored stays to be read.
 */
class OutboxRenderAheadIT {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    /** Stands in for the tracer's context: it lives on one thread, as a request's span does. */
    private static final ThreadLocal<EventTrace> CALLERS_TRACE = new ThreadLocal<>();

    JdbcTemplate jdbc;
    TransactionTemplate transactions;
    OutboxRepository repository;
    Outbox outbox;

    @BeforeEach
    void outboxOnAFreshDatabase() {
        TestDatabase database = TestDatabase.fresh("outbox-render-ahead");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
                database.password());
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        repository = new OutboxRepository(jdbc, ModuleSchema.migrate(dataSource, "zone-outbox"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        OutboxMetrics metrics = new OutboxMetrics(new SimpleMeterRegistry(), repository, clock);
        OutboxRelay notStarted = new OutboxRelay(repository, null, transactions, null, metrics, null, clock, null,
                new SurvivingTasks(new SimpleMeterRegistry()));
        outbox = new Outbox(repository, notStarted, metrics, clock, CALLERS_TRACE::get);
    }

    @AfterEach
    void close() {
        outbox.close();
        CALLERS_TRACE.remove();
    }

    @Test
    void eventsRenderedAheadAreStoredInTheOrderAppendedBesideOthers() {
        List<Integer> first = IntStream.range(0, 2_500).boxed().toList();
        List<Integer> second = IntStream.range(2_500, 2_600).boxed().toList();

        transactions.executeWithoutResult(status -> {
            Outbox.RenderedEvents ahead = outbox.renderAhead(first, OutboxRenderAheadIT::reported);
            Outbox.RenderedEvents later = outbox.renderAhead(second, OutboxRenderAheadIT::reported);
            outbox.append(reported(-1));
            outbox.append(ahead);
            outbox.appendAll(List.of(reported(-2), reported(-3)));
            outbox.append(later);
            outbox.append(outbox.renderAhead(List.of(), OutboxRenderAheadIT::reported));
        });

        List<OutgoingEvent> stored = repository.oldestPending(10_000).stream()
                .flatMap(row -> row.unpublished().stream()).toList();
        List<Integer> expected = new ArrayList<>(List.of(-1));
        expected.addAll(first);
        expected.addAll(List.of(-2, -3));
        expected.addAll(second);
        assertThat(stored).extracting(OutboxRenderAheadIT::revision).containsExactlyElementsOf(expected);
        assertThat(stored).extracting(OutgoingEvent::occurredAt).containsOnly(NOW);
        assertThat(stored).extracting(OutgoingEvent::key).containsOnly("430181");
        assertThat(stored).extracting(OutgoingEvent::id).doesNotHaveDuplicates();
        assertThat(stored.get(1).data()).isEqualTo(EventJson.write(reported(0).data()));
        assertThat(repository.countPending()).isEqualTo(2_603);
    }

    @Test
    void eventsRenderedOnTheOutboxsThreadAreStoredInTheTraceOfTheirCaller() {
        EventTrace request = new EventTrace("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "zone=liuyang");
        CALLERS_TRACE.set(request);
        transactions.executeWithoutResult(status -> {
            outbox.append(outbox.renderAhead(IntStream.range(0, 1_500).boxed().toList(),
                    OutboxRenderAheadIT::reported));
            outbox.append(reported(-1));
        });
        CALLERS_TRACE.remove();
        transactions.executeWithoutResult(status -> outbox.append(reported(-2)));

        List<OutgoingEvent> stored = repository.oldestPending(10_000).stream()
                .flatMap(row -> row.unpublished().stream()).toList();
        assertThat(stored).hasSize(1_502);
        assertThat(stored.subList(0, 1_501)).extracting(OutgoingEvent::trace).containsOnly(request);
        assertThat(stored.getLast().trace()).as("appended outside any trace").isNull();
    }

    @Test
    void aTransactionRolledBackStoresNoneOfItsEventsRenderedAhead() {
        transactions.executeWithoutResult(status -> {
            outbox.append(outbox.renderAhead(IntStream.range(0, 1_500).boxed().toList(),
                    OutboxRenderAheadIT::reported));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> {
            outbox.renderAhead(IntStream.range(0, 1_500).boxed().toList(), OutboxRenderAheadIT::reported);
            status.setRollbackOnly();
        });

        assertThat(repository.countPending()).isZero();
    }

    @Test
    void aRenderingThatFailsFailsTheWholeTransactionWithItsCause() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            outbox.append(reported(-1));
            outbox.append(outbox.renderAhead(List.of(1, 2, 3), n -> {
                if (n == 2) {
                    throw new IllegalArgumentException("no event for 2");
                }
                return reported(n);
            }));
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("no event for 2");

        assertThat(repository.countPending()).isZero();
    }

    @Test
    void eventsAreRenderedOnlyInsideATransaction() {
        assertThatThrownBy(() -> outbox.renderAhead(List.of(1), OutboxRenderAheadIT::reported))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside the transaction");
    }

    private static PendingEvent reported(int revision) {
        return new PendingEvent(EventType.VALUE_REPORTED, "430181", new ReportedValue("430181", "GDP", "2024",
                BigDecimal.valueOf(revision), null, null, "liuyang", revision, null, null, NOW, "chen.li"));
    }

    private static int revision(OutgoingEvent event) {
        return EventJson.read(event.data(), ReportedValue.class).revision();
    }
}
