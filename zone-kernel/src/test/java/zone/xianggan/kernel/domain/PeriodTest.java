package zone.xianggan.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void readsYearsQuartersAndMonthsAndWritesThemBackAsSent() {
        assertThat(Period.parse("period", "2024")).isEqualTo(Period.year(2024)).hasToString("2024");
        assertThat(Period.parse("period", "2024Q3")).isEqualTo(new Period(2024, Periodicity.QUARTER, 3))
                .hasToString("2024Q3");
        assertThat(Period.parse("period", "2024-07")).isEqualTo(new Period(2024, Periodicity.MONTH, 7))
                .hasToString("2024-07");
        assertThat(Period.parse("period", " 2024-12 ")).isEqualTo(new Period(2024, Periodicity.MONTH, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "24", "2024Q5", "2024Q0", "2024-13", "2024-7", "2024/07", "Q3 2024", "1800", "2024-00", "2024-1a",
            "20a4", "2024q3", "2024Q", "2024-", "２０２４" })
    void refusesAnythingElseNamingTheField(String raw) {
        assertThatThrownBy(() -> Period.parse("period", raw)).isInstanceOfSatisfying(MalformedInputException.class,
                e -> assertThat(e.violations()).extracting("field").containsExactly("period"));
    }

    @Test
    void knowsItsDaysAndWhetherItHasBegun() {
        Period q3 = Period.parse("period", "2024Q3");
        assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Period.parse("p", "2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(q3.isFutureOn(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(q3.isFutureOn(LocalDate.of(2024, 7, 1))).isFalse();
    }

    @Test
    void ordersByTime() {
        assertThat(Period.parse("p", "2024Q1")).isLessThan(Period.parse("p", "2024Q2"));
        assertThat(Period.year(2023)).isLessThan(Period.year(2024));
    }
}
