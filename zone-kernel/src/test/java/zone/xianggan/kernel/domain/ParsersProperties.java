package zone.xianggan.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The parsers of what callers send, against whatever text comes: each answers a value or the zone's own refusal
 * (naming the field), never another exception (how fast is the benchmark's hostile-input section); what it reads
 * it writes back as read.
 */
class ParsersProperties {


    @Property(tries = 2000)
    void countyCodesAreReadOrRefusedByName(@ForAll("hostileText") String raw) {
        try {
            assertThat(CountyCode.parse("county", raw).value()).isEqualTo(raw);
        } catch (MalformedInputException refused) {
            assertThat(refused.violations()).extracting(Violation::field).containsExactly("county");
        }
    }

    @Property
    void everySixDigitCodeRoundTrips(@ForAll @IntRange(min = 0, max = 999_999) int number) {
        String code = String.format("%06d", number);
        assertThat(CountyCode.parse("county", code)).hasToString(code);
    }

    @Property(tries = 2000)
    void indicatorCodesAreReadOrRefusedByName(@ForAll("hostileText") String raw) {
        try {
            assertThat(IndicatorCode.parse("indicator", raw)).isEqualTo(raw);
        } catch (MalformedInputException refused) {
            assertThat(refused.violations()).extracting(Violation::field).containsExactly("indicator");
        }
    }

    @Property(tries = 2000)
    void periodsAreReadOrRefusedByName(@ForAll("hostileText") String raw) {
        try {
            Period period = Period.parse("period", raw);
            assertThat(Period.parse("period", period.toString())).isEqualTo(period);
        } catch (MalformedInputException refused) {
            assertThat(refused.violations()).extracting(Violation::field).containsExactly("period");
        }
    }

    @Property
    void everyPeriodRoundTrips(@ForAll("periods") Period period) {
        assertThat(Period.parse("period", period.toString())).isEqualTo(period);
    }

    @Property(tries = 3000)
    void decimalsAreReadOrRefusedWhateverTheText(@ForAll("numberLike") String raw) {
        try {
            BigDecimal value = Decimals.parse("value", raw);
            List<Violation> violations = new ArrayList<>();
            for (Decimals.Kind kind : Decimals.Kind.values()) {
                BigDecimal checked = Decimals.check("value", value, kind, violations);
                if (checked != null) {
                    assertThat(checked).isEqualByComparingTo(value);
                    assertThat(checked.scale()).isBetween(0, kind.decimals());
                }
            }
            assertThat(violations).allSatisfy(v -> assertThat(v.field()).isEqualTo("value"));
        } catch (InputRejectedException refused) {
            assertThat(refused.violations()).extracting(Violation::field).containsExactly("value");
        }
    }

    @Property
    void everyFigureWithinItsColumnRoundTripsThroughItsPlainText(
            @ForAll @IntRange(min = -28, max = 10) int scale, @ForAll long unscaled) {
        BigDecimal value = BigDecimal.valueOf(unscaled, Math.max(0, scale));
        if (Decimals.boundsProblem(value, Decimals.Kind.FIGURE) != null) {
            return;
        }
        BigDecimal read = Decimals.parse("value", Decimals.normalize(value).toPlainString());
        assertThat(read).isEqualByComparingTo(value);
    }

    @Property(tries = 3000)
    void textIsStoredCleanOrRefusedByName(@ForAll("hostileText") String raw) {
        for (Text.Lines lines : Text.Lines.values()) {
            List<Violation> violations = new ArrayList<>();
            String stored = Text.check("note", raw, 200, lines, false, violations);
            if (violations.isEmpty() && stored != null) {
                assertThat(stored.length()).isLessThanOrEqualTo(200);
                assertThat(Text.problem(stored, 200, lines)).isNull();
                assertThat(Text.normalize(stored)).as("normalising twice changes nothing").isEqualTo(stored);
                assertThat(stored.codePoints()).noneMatch(c -> Text.refused(c, lines) != null);
            } else if (!violations.isEmpty()) {
                assertThat(violations).extracting(Violation::field).containsOnly("note");
            }
        }
    }

    /** Any text, with the characters attackers use more often than chance would send them. */
    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<Character> hostile = Arbitraries.of('\u0000', '\n', '\r', '\t', '\u007F', '\u0085', '\u202E',
                '\u2066', '\u200B', '\u200D', '\uFEFF', '\uD800', '\uDC00', '\uFFFE', '\u0301', '=', '-', 'Q', '0',
                '9', '4', '3', ' ', '１', '٣');
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("0123456789Q-").ofMaxLength(9),
                Arbitraries.strings().withCharRange('A', 'Z').withChars('_', '1').ofMaxLength(70),
                Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(20), hostile,
                        Arbitraries.strings().alpha().ofMaxLength(20)).as((a, c, b) -> a + c + b));
    }

    /** Text that is, or nearly is, a number: signs, points, exponents of any length, digits of any script. */
    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(80);
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("e", "E", "e+", "E-"),
                        Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(9))
                        .as((e, n) -> e + n));
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("", "+", "-", "--"), digits, Arbitraries.of("", ".", ".."),
                        digits, exponent).as((s, a, p, b, e) -> s + a + p + b + e),
                Arbitraries.strings().withChars("0123456789.eE+-, ١٢NaInfty").ofMaxLength(40));
    }

    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2999);
        return Arbitraries.oneOf(years.map(Period::year),
                Combinators.combine(years, Arbitraries.integers().between(1, 4))
                        .as((y, q) -> new Period(y, Periodicity.QUARTER, q)),
                Combinators.combine(years, Arbitraries.integers().between(1, 12))
                        .as((y, m) -> new Period(y, Periodicity.MONTH, m)));
    }
}
