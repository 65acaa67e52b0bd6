package zone.xianggan.indicators.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiguresTest {

    @ParameterizedTest
    @CsvSource({ "1234.5, 1234.5", "+7, 7", "-0.25, -0.25", "5., 5", ".5, 0.5", "-.5, -0.5", "' 42 ', 42",
            "1.5e3, 1500", "2E-2, 0.02", "007, 7" })
    void readsPlainDecimalsAndExponents(String raw, BigDecimal expected) {
        assertThat(Figures.parse(raw)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "+", "-", "+-1", "1.2.3", "1,234", "12%", "1e", "1e1234", "NaN", "١٢",
            "0x10", "1 000" })
    void refusesWhatIsNotAPlainNumber(String raw) {
        assertThat(Figures.parse(raw)).isNull();
    }
}
