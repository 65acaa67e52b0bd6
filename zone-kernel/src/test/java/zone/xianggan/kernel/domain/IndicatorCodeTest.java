package zone.xianggan.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorCodeTest {

    @ParameterizedTest
    @ValueSource(strings = { "GDP", "URBANIZATION_RATE", "R2", "A_",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZ0" })
    void takesUpperCaseLettersDigitsAndUnderscoresStartingWithALetter(String code) {
        assertThat(IndicatorCode.isWellFormed(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "G", "gdp", "Gdp", "1GDP", "_GDP", "GDP-RATE", "GDP RATE", "ＧＤＰ",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZ01" })
    void refusesAnythingElse(String code) {
        assertThat(IndicatorCode.isWellFormed(code)).isFalse();
    }
}
