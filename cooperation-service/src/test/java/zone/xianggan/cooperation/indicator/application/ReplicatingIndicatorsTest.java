package zone.xianggan.cooperation.indicator.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.events.indicators.ReportedValue;

class ReplicatingIndicatorsTest {

    private static final IndicatorSnapshot BUS_LINES = Indicators.summed("BUS_LINES");

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final InMemoryIndicatorCatalogue catalogue = InMemoryIndicatorCatalogue.holding(BUS_LINES);
    private final InMemoryReportedValues values = new InMemoryReportedValues();
    private final ReplicatingIndicators replicating = new ReplicatingIndicators(catalogue, values, meters);

    @Test
    void aNewerDefinitionIsCountedAsApplied() {
        assertThat(replicating.define(Indicators.retired(BUS_LINES), "event-2")).isTrue();

        assertThat(counted("applied")).isEqualTo(1);
    }

    @Test
    void aDefinitionNotNewerThanTheOneHeldIsCountedAsIgnored() {
        assertThat(replicating.define(BUS_LINES, "event-1-again")).isFalse();

        assertThat(counted("ignored")).isEqualTo(1);
    }

    @Test
    void aRevisionNotHigherThanTheOneHeldIsCountedAsIgnored() {
        replicating.report(value(2), "event-2");

        assertThat(replicating.report(value(1), "event-1")).isFalse();
        assertThat(counted("ignored")).isEqualTo(1);
    }

    private double counted(String outcome) {
        return meters.get("zone.indicators.replica." + outcome).counter().count();
    }

    private static ReportedValue value(int revision) {
        return new ReportedValue("430181", "BUS_LINES", "2025", BigDecimal.valueOf(3 + revision), null, null,
                "liuyang", revision, null, null, Instant.parse("2026-01-10T00:00:00Z"), null);
    }
}
