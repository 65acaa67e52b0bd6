package zone.xianggan.indicators.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import zone.xianggan.events.EventType;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.indicators.RecordingOutbox;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.platform.outbox.PendingEvent;

/** The starting catalogue a migration entered is published once, as the zone's own. */
class PublishingSeededIndicatorsTest {

    private final InMemoryIndicators indicators = InMemoryIndicators.holding(SeededCatalogue.GDP,
            SeededCatalogue.RESIDENT_POPULATION);
    private final RecordingOutbox outbox = new RecordingOutbox();

    @Test
    void eachIndicatorAMigrationEnteredIsAppendedAsDefined() {
        publishing(indicators).run(new DefaultApplicationArguments());

        assertThat(outbox.appended()).containsExactly(
                new PendingEvent(EventType.INDICATOR_DEFINED, "GDP", IndicatorSnapshots.of(SeededCatalogue.GDP)),
                new PendingEvent(EventType.INDICATOR_DEFINED, "RESIDENT_POPULATION",
                        IndicatorSnapshots.of(SeededCatalogue.RESIDENT_POPULATION)));
    }

    @Test
    void eachIsRecordedAsSeededByTheZoneItself() {
        publishing(indicators).run(new DefaultApplicationArguments());

        assertThat(indicators.history("GDP")).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(ChangeType.SEEDED);
            assertThat(entry.version()).isEqualTo(1);
            assertThat(entry.actor()).isEqualTo(SeededCatalogue.SEED);
            assertThat(entry.reason()).startsWith("Starting catalogue");
        });
    }

    @Test
    void theEventNamesTheZoneAsWhoDefinedTheIndicator() {
        publishing(indicators).run(new DefaultApplicationArguments());

        assertThat(outbox.appended()).extracting(event -> ((IndicatorSnapshot) event.data()).changedBy())
                .containsOnly("system:seed");
    }

    @Test
    void anIndicatorWithItsHistoryIsNotPublishedAgain() {
        publishing(indicators).run(new DefaultApplicationArguments());

        publishing(indicators).run(new DefaultApplicationArguments());

        assertThat(outbox.appended()).hasSize(2);
        assertThat(indicators.history("GDP")).hasSize(1);
    }

    @Test
    void anotherInstancePublishingFirstIsLeftToIt() {
        InMemoryIndicators publishedMeanwhile = new InMemoryIndicators() {
            @Override
            public void appendHistory(HistoryEntry<ChangeType> change, IndicatorSnapshot snapshot) {
                throw new DuplicateKeyException("indicator_change: " + change.subject() + " v" + change.version());
            }
        };
        publishedMeanwhile.insert(SeededCatalogue.GDP);

        assertThatCode(() -> publishing(publishedMeanwhile).run(new DefaultApplicationArguments()))
                .doesNotThrowAnyException();
        assertThat(outbox.appended()).isEmpty();
    }

    private PublishingSeededIndicators publishing(InMemoryIndicators catalogue) {
        return new PublishingSeededIndicators(catalogue, new IndicatorChanges(catalogue, outbox.outbox()),
                new TransactionTemplate(new NothingToCommit()));
    }

    /** Transactions around the in-memory ports, which hold nothing to commit or roll back. */
    private static final class NothingToCommit extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            // nothing to begin
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            // nothing to commit
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            // nothing to roll back
        }
    }
}
