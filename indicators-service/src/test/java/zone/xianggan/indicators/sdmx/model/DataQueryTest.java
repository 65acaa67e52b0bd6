package zone.xianggan.indicators.sdmx.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.domain.Period;

class DataQueryTest {

    private static final DataQuery FROM_2020_TO_2024 = DataQuery.EVERYTHING.notBefore(LocalDate.of(2020, 1, 1))
            .notAfter(LocalDate.of(2024, 12, 31));

    @Test
    void aPeriodWithinTheBoundsIsIncludedWhateverItsPeriodicity() {
        assertThat(FROM_2020_TO_2024.includes(Period.year(2020))).isTrue();
        assertThat(FROM_2020_TO_2024.includes(Period.parse("p", "2020Q1"))).isTrue();
        assertThat(FROM_2020_TO_2024.includes(Period.parse("p", "2024-12"))).isTrue();
    }

    @Test
    void aPeriodReachingPastABoundIsExcluded() {
        assertThat(FROM_2020_TO_2024.includes(Period.year(2019))).isFalse();
        assertThat(FROM_2020_TO_2024.includes(Period.parse("p", "2025-01"))).isFalse();
    }

    @Test
    void narrowingKeepsTheNarrowerBound() {
        DataQuery narrowed = FROM_2020_TO_2024.notBefore(LocalDate.of(2018, 1, 1)).notAfter(LocalDate.of(2022, 12, 31));

        assertThat(narrowed.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(narrowed.to()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void aQueryWithoutBoundsIncludesEveryPeriod() {
        assertThat(DataQuery.EVERYTHING.includes(Period.year(1900))).isTrue();
    }
}
