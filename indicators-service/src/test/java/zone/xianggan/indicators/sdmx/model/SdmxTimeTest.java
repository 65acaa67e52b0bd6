package zone.xianggan.indicators.sdmx.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Period;

class SdmxTimeTest {

    @ParameterizedTest
    @CsvSource({ "2024, 2024", "2024Q1, 2024-Q1", "2024Q4, 2024-Q4", "2024-01, 2024-M01", "2024-12, 2024-M12" })
    void writesTheZonesPeriodsInSdmxTimeFormats(String zone, String sdmx) {
        assertThat(SdmxTime.format(Period.parse("period", zone))).isEqualTo(sdmx);
    }

    @ParameterizedTest
    @CsvSource({ "2024, 2024", "2024-Q3, 2024Q3", "2024-M07, 2024-07" })
    void readsSdmxPeriods(String sdmx, String zone) {
        assertThat(SdmxTime.parse("c", sdmx)).isEqualTo(Period.parse("period", zone));
    }

    @Test
    void readsGregorianMonths() {
        assertThat(SdmxTime.parse("c", "2024-07")).isEqualTo(Period.parse("period", "2024-07"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2024-Q5", "2024-Q0", "2024-M13", "2024-M1", "2024Q3", "2024-S1", "24", "1800",
            "2024-Qx" })
    void refusesOtherPeriodsNamingTheParameter(String raw) {
        assertThatThrownBy(() -> SdmxTime.parse("c[TIME_PERIOD]", raw)).isInstanceOfSatisfying(
                MalformedInputException.class,
                e -> assertThat(e.violations()).extracting("field").containsExactly("c[TIME_PERIOD]"));
    }

    @Test
    void everyPeriodReadsBackAsWritten() {
        for (String zone : new String[] { "1999", "2030Q2", "2026-11" }) {
            Period period = Period.parse("period", zone);
            assertThat(SdmxTime.parse("c", SdmxTime.format(period))).isEqualTo(period);
        }
    }
}
