package zone.xianggan.indicators.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.ChangesSince;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Page;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.domain.Period;

class ReadingValuesTest {

    private static final ValueKey LIUYANG_2024 = new ValueKey(ZoneUnits.LIUYANG, "GDP", Period.year(2024));
    private static final Actor LIUYANG = new Actor("liuyang", null);
    private static final ValueRevision FIRST = new ValueRevision(LIUYANG_2024, 1, new BigDecimal("190"), null, null,
            null, null, LIUYANG, Instant.parse("2025-03-01T00:00:00Z"));
    private static final ValueRevision SECOND = new ValueRevision(LIUYANG_2024, 2, new BigDecimal("191"),
            new BigDecimal("190"), null, null, "yearbook corrected", LIUYANG, Instant.parse("2025-04-01T00:00:00Z"));

    private static final ChangesSince SINCE_2025 = new ChangesSince(Instant.parse("2025-01-01T00:00:00Z"));

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

    @Test
    void theValuesChangedSinceComeByReportTimeEachAtItsLatestRevision() {
        values.store(List.of(FIRST, lilingOn("2025-03-15T00:00:00Z")), List.of());
        values.store(List.of(SECOND), List.of(FIRST));

        Page<ValueRevision> changed = reading.changedSince(ValueFilter.of(List.of(), List.of(), null), SINCE_2025,
                PageRequest.first(100));

        assertThat(changed.items()).extracting(value -> value.key().countyCode(), ValueRevision::revision)
                .containsExactly(tuple(ZoneUnits.LILING, 1), tuple(ZoneUnits.LIUYANG, 2));
        assertThat(changed.nextAfter()).isNull();
    }

    @Test
    void theValuesChangedSinceComeInPartsWithoutSkippingOrRepeating() {
        values.store(List.of(FIRST, lilingOn("2025-03-15T00:00:00Z")), List.of());
        ValueFilter all = ValueFilter.of(List.of(), List.of(), null);

        Page<ValueRevision> first = reading.changedSince(all, SINCE_2025, new PageRequest(1, null));
        Page<ValueRevision> second = reading.changedSince(all, SINCE_2025, new PageRequest(1, first.nextAfter()));

        assertThat(first.items()).containsExactly(FIRST);
        assertThat(second.items()).extracting(value -> value.key().countyCode()).containsExactly(ZoneUnits.LILING);
        assertThat(second.nextAfter()).isNull();
    }

    @Test
    void aCursorNamingNoValueIsRefusedNamingTheCursor() {
        assertThatThrownBy(() -> reading.changedSince(ValueFilter.of(List.of(), List.of(), null), SINCE_2025,
                new PageRequest(1, "2025-03-01T00:00:00Z 430181")))
                .isInstanceOfSatisfying(MalformedInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("cursor"));
    }

    private static ValueRevision lilingOn(String reportedAt) {
        return new ValueRevision(new ValueKey(ZoneUnits.LILING, "GDP", Period.year(2024)), 1, new BigDecimal("120"),
                null, null, null, null, new Actor("liling", null), Instant.parse(reportedAt));
    }
}
