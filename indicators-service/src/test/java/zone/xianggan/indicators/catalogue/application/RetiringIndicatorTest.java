package zone.xianggan.indicators.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.indicators.RecordingOutbox;
import zone.xianggan.indicators.Refusals;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.testsupport.slice.Callers;

class RetiringIndicatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final String REPLACED = "Replaced by GDP at constant prices";

    private final InMemoryIndicators indicators = InMemoryIndicators.holding(SeededCatalogue.GDP,
            SeededCatalogue.RESIDENT_POPULATION, SeededCatalogue.URBAN_RESIDENT_POPULATION,
            SeededCatalogue.URBANIZATION_RATE);
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RetiringIndicator retiring = new RetiringIndicator(indicators,
            new IndicatorChanges(indicators, outbox.outbox()), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theRetiredIndicatorStaysStoredAtItsNextVersion() {
        Indicator retired = retiring.retire("GDP", 1, REPLACED, Callers.ZONE_OFFICE);

        assertThat(retired.status()).isEqualTo(IndicatorStatus.RETIRED);
        assertThat(retired.version()).isEqualTo(2);
        assertThat(indicators.find("GDP")).contains(retired);
    }

    @Test
    void theRetirementIsRecordedInTheHistory() {
        retiring.retire("GDP", 1, REPLACED, Callers.ZONE_OFFICE);

        assertThat(indicators.history("GDP")).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(ChangeType.RETIRED);
            assertThat(entry.version()).isEqualTo(2);
            assertThat(entry.changes()).containsExactlyEntriesOf(Map.of("status",
                    new FieldChange(IndicatorStatus.ACTIVE, IndicatorStatus.RETIRED)));
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.reason()).isEqualTo(REPLACED);
        });
    }

    @Test
    void theRetiredSnapshotIsAppendedAsIndicatorRetired() {
        Indicator retired = retiring.retire("GDP", 1, REPLACED, Callers.ZONE_OFFICE);

        assertThat(outbox.appended()).containsExactly(
                new PendingEvent(EventType.INDICATOR_RETIRED, "GDP", IndicatorSnapshots.of(retired)));
    }

    @Test
    void aRetirementNeedsAReason() {
        assertThatThrownBy(() -> retiring.retire("GDP", 1, " ", Callers.ZONE_OFFICE))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("reason"));
    }

    @Test
    void anIndicatorARateIsComputedFromCannotBeRetiredBeforeIt() {
        assertThatThrownBy(() -> retiring.retire("RESIDENT_POPULATION", 1, REPLACED, Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.details()).containsEntry("usedBy", "URBANIZATION_RATE"));
    }

    @Test
    void anIndicatorIsRetiredOnceTheRateComputedFromItIs() {
        retiring.retire("URBANIZATION_RATE", 1, REPLACED, Callers.ZONE_OFFICE);

        Indicator retired = retiring.retire("RESIDENT_POPULATION", 1, REPLACED, Callers.ZONE_OFFICE);

        assertThat(retired.status()).isEqualTo(IndicatorStatus.RETIRED);
    }

    @Test
    void aRefusedRetirementWritesNothing() {
        assertThatThrownBy(() -> retiring.retire("RESIDENT_POPULATION", 1, REPLACED, Callers.ZONE_OFFICE))
                .isInstanceOf(ConflictException.class);

        assertThat(indicators.find("RESIDENT_POPULATION")).contains(SeededCatalogue.RESIDENT_POPULATION);
        assertThat(indicators.history("RESIDENT_POPULATION")).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> retiring.retire("GDP", 3, REPLACED, Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        stale -> assertThat(stale.current()).isEqualTo(1));
    }

    @Test
    void anIndicatorRetiredAlreadyCannotBeRetiredAgain() {
        retiring.retire("GDP", 1, REPLACED, Callers.ZONE_OFFICE);

        assertThatThrownBy(() -> retiring.retire("GDP", 2, REPLACED, Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.details()).containsEntry("status", "RETIRED"));
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        assertThatThrownBy(() -> retiring.retire("GDP_PER_CAPITA", 1, REPLACED, Callers.ZONE_OFFICE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProvincesDrcMayNotRetireAnIndicator() {
        assertThatThrownBy(() -> retiring.retire("GDP", 1, REPLACED, Callers.JIANGXI_DRC))
                .isInstanceOf(NotPermittedException.class);
        assertThat(outbox.appended()).isEmpty();
    }
}
