package zone.xianggan.indicators.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Period;

class ReadingValuesTest {

    private static final ValueKey LIUYANG_2024 = new ValueKey(ZoneUnits.LIUYANG, "GDP", Period.year(2024));
    private static final Actor LIUYANG = new Actor("liuyang", null);
    private static final ValueRevision FIRST = new ValueRevision(LIUYANG_2024, 1, new BigDecimal("190"), null, null,
            null, null, LIUYANG, Instant.parse("2025-03-01T00:00:00Z"));
    private static final ValueRevision SECOND = new ValueRevision(LIUYANG_2024, 2, new BigDecimal("191"),
            new BigDecimal("190"), null, null, "yearbook corrected", LIUYANG, Instant.parse("2025-04-01T00:00:00Z"));

    private final InMemoryValues values = new InMemoryValues();
    private final ReadingValues reading = values.reading();

    @Test
    void theHistoryOfAValueIsEveryRevisionOldestFirst() {
        values.store(List.of(FIRST), List.of());
        values.store(List.of(SECOND), List.of(FIRST));

        assertThat(reading.history(LIUYANG_2024)).containsExactly(FIRST, SECOND);
    }

    @Test
    void aValueNeverReportedHasNoHistory() {
        assertThatThrownBy(() -> reading.history(LIUYANG_2024)).isInstanceOfSatisfying(NotFoundException.class,
                missing -> assertThat(missing.id()).isEqualTo("430181/GDP/2024"));
    }

    @Test
    void theCurrentValuesAreThoseTheFilterMatches() {
        ValueRevision liling = new ValueRevision(new ValueKey(ZoneUnits.LILING, "GDP", Period.year(2024)), 1,
                new BigDecimal("120"), null, null, null, null, new Actor("liling", null), FIRST.reportedAt());
        values.store(List.of(FIRST, liling), List.of());

        assertThat(reading.find(new ValueFilter(Set.of(ZoneUnits.LILING), null, null, null))).containsExactly(liling);
    }
}
