package zone.xianggan.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = { "Liu\u0000yang", "Liu\u0007yang", "Liu\u007Fyang", "Liu\u0085yang", "\u202EgnaY uiL",
            "Liu\u202Ayang", "Liu\u2066yang\u2069", "Liu\u200Eyang", "Liu\u200Fyang", "Liu\u061Cyang",
            "Liu\u200Byang", "Liu\u200Cyang", "Liu\u200Dyang", "Liu\u2060yang", "Liu\uFEFFyang", "Liu\uD800yang",
            "Liu\uDC00yang", "Liu\uFDD0yang", "Liu\uFFFEyang", "Liu\uD83F\uDFFFyang", "Liu\u2028yang",
            "Liu\nyang", "Liu\tyang" })
    void refusesInvisibleAndControlCharactersInALineNamingTheFieldAndTheCharacter(String name) {
        List<Violation> violations = new ArrayList<>();
        Text.check("nameEn", name, 100, Text.Lines.ONE, true, violations);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("nameEn");
            assertThat(v.reason()).containsAnyOf("must not contain", "broken character");
        });
    }

    @Test
    void allowsLineBreaksAndTabsInLongTextAndStoresWindowsLineBreaksAsLineFeeds() {
        assertThat(Text.optional("descriptionEn", "First line\r\n\tsecond line ", 100, Text.Lines.MANY))
                .isEqualTo("First line\n\tsecond line");
        assertThatThrownBy(() -> Text.optional("descriptionEn", "a\rb", 100, Text.Lines.MANY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void normalisesToNfcBeforeMeasuring() {
        String decomposed = "Pingxiang Xia\u0301n";
        String stored = Text.optional("nameEn", decomposed, 100, Text.Lines.ONE);
        assertThat(stored).isEqualTo("Pingxiang Xi\u00E1n");
        assertThat(Text.optional("nameEn", "  浏阳市  ", 3, Text.Lines.ONE)).isEqualTo("浏阳市");
        assertThatThrownBy(() -> Text.optional("nameEn", "浏阳市x", 3, Text.Lines.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst()
                        .reason()).isEqualTo("must be at most 3 characters"));
    }

    @Test
    void keepsEmojiAndOtherScripts() {
        assertThat(Text.optional("note", "红色旅游 🚌 Ñandú", 100, Text.Lines.MANY)).isEqualTo("红色旅游 🚌 Ñandú");
    }

    @Test
    void blankIsNoneAndRequiredTextIsNamed() {
        assertThat(Text.optional("note", "  ", 10, Text.Lines.MANY)).isNull();
        List<Violation> violations = new ArrayList<>();
        assertThat(Text.check("titleEn", null, 10, Text.Lines.ONE, true, violations)).isNull();
        assertThat(violations).extracting(Violation::field).containsExactly("titleEn");
    }

    @Test
    void reasonsFollowTheRule() {
        assertThatThrownBy(() -> Reason.required("because\u202E"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
        assertThat(Reason.optional("two\nlines")).isEqualTo("two\nlines");
    }
}
