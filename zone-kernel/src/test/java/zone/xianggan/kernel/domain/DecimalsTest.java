package zone.xianggan.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource({ "1234.5, 1234.5", "+7, 7", "-0.25, -0.25", "5., 5", ".5, 0.5", "-.5, -0.5", "' 42 ', 42",
            "1.5e3, 1500", "2E-2, 0.02", "007, 7", "1E+999, 1E+999" })
    void readsPlainDecimalsAndExponents(String raw, BigDecimal expected) {
        assertThat(Decimals.parseOrNull(raw)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "+", "-", "+-1", "1.2.3", "1,234", "12%", "1e", "NaN", "١٢",
            "0x10", "1 000", "Infinity", "1e+", "e5" })
    void refusesWhatIsNotAPlainNumberAsMalformed(String raw) {
        assertThat(Decimals.parseOrNull(raw)).isNull();
        assertThatThrownBy(() -> Decimals.parse("maximum", raw)).isInstanceOfSatisfying(
                MalformedInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("maximum"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1e1234", "1E+10000000", "-1E-10000000",
            "1234567890123456789012345678901234567890" + "123456789012345678901234567890" })
    void refusesANumberTooLargeToReadAsInvalid(String raw) {
        assertThat(Decimals.parseOrNull(raw)).isNull();
        assertThatThrownBy(() -> Decimals.parse("maximum", raw)).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("maximum"));
    }

    @Test
    void refusesTextLongerThanAnyColumnBeforeReadingIt() {
        String digits = "1".repeat(Decimals.MAX_TEXT_LENGTH + 1);
        assertThat(Decimals.formProblem(digits)).contains("longer than 64");
        assertThat(Decimals.formProblem("9".repeat(10_000_000))).contains("longer than 64");
    }

    @Test
    void holdsEachKindToItsColumn() {
        assertThat(Decimals.boundsProblem(new BigDecimal("9".repeat(28) + ".9999999999"), Decimals.Kind.FIGURE))
                .isNull();
        assertThat(Decimals.boundsProblem(new BigDecimal("1" + "0".repeat(28)), Decimals.Kind.FIGURE))
                .contains("more than 28 digits before");
        assertThat(Decimals.boundsProblem(new BigDecimal("0.00000000001"), Decimals.Kind.FIGURE))
                .contains("more than 10 decimal places");
        assertThat(Decimals.boundsProblem(new BigDecimal("1.50000000000000"), Decimals.Kind.FIGURE)).isNull();
        assertThat(Decimals.boundsProblem(new BigDecimal("9999999999999999.99"), Decimals.Kind.MONEY)).isNull();
        assertThat(Decimals.boundsProblem(new BigDecimal("0.001"), Decimals.Kind.MONEY)).contains("2 decimal");
        assertThat(Decimals.boundsProblem(new BigDecimal("1E+14"), Decimals.Kind.SCALE)).contains("14 digits");
        assertThat(Decimals.boundsProblem(new BigDecimal("0E+999"), Decimals.Kind.SCALE)).isNull();
    }

    @Test
    void refusesAHugeExponentAndNamesTheField() {
        List<Violation> violations = new ArrayList<>();
        assertThat(Decimals.check("maximum", new BigDecimal("1E+10000000"), Decimals.Kind.FIGURE, violations))
                .isNull();
        assertThat(Decimals.check("minimum", new BigDecimal("1E-10000000"), Decimals.Kind.FIGURE, violations))
                .isNull();
        assertThat(violations).extracting(Violation::field).containsExactly("maximum", "minimum");
        assertThatThrownBy(() -> Decimals.require("target", new BigDecimal("-1E+10000000"), Decimals.Kind.FIGURE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void showsNumbersWithoutTrailingZerosOrExponent() {
        assertThat(Decimals.normalize(new BigDecimal("1E+3"))).hasToString("1000");
        assertThat(Decimals.normalize(new BigDecimal("58.300"))).hasToString("58.3");
        assertThat(Decimals.normalize(null)).isNull();
    }

    @Test
    void aQuotientKeepsFourDecimalsRoundedHalfToEven() {
        assertThat(Decimals.quotient(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo(new BigDecimal("0.3333"));
        assertThat(Decimals.quotient(new BigDecimal("0.00005"), BigDecimal.ONE)).isEqualTo(new BigDecimal("0"));
        assertThat(Decimals.quotient(new BigDecimal("0.00015"), BigDecimal.ONE)).isEqualTo(new BigDecimal("0.0002"));
    }

    @Test
    void aQuotientIsShownWithoutTrailingZeros() {
        assertThat(Decimals.quotient(new BigDecimal("3"), new BigDecimal("2"))).hasToString("1.5");
    }

    @Test
    void aQuotientByZeroIsNoNumber() {
        assertThat(Decimals.quotient(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }
}
