package zone.xianggan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;

class PageArgumentsTest {

    @Test
    void noLimitMeansTheDefault() {
        assertThat(PageArguments.limit(null)).isEqualTo(PageRequest.DEFAULT_LIMIT);
    }

    @Test
    void aLimitIsOneToTheMaximum() {
        assertThat(PageArguments.limit("1")).isEqualTo(1);
        assertThat(PageArguments.limit("1000")).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "1001", "-1", "ten", "1e3", "99999999999", " ", "1.5" })
    void refusesAnyOtherLimitNamingIt(String raw) {
        if (raw.isBlank()) {
            assertThat(PageArguments.limit(raw)).isEqualTo(PageRequest.DEFAULT_LIMIT);
            return;
        }
        assertThatThrownBy(() -> PageArguments.limit(raw)).isInstanceOfSatisfying(MalformedInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("limit"));
    }

    @Test
    void aCursorCarriesItsKeyOpaquely() {
        String cursor = PageArguments.cursor("URBANIZATION_RATE/430181/2024");
        assertThat(cursor).doesNotContain("/", "=", "+");
        assertThat(PageArguments.after(cursor)).isEqualTo("URBANIZATION_RATE/430181/2024");
    }

    @ParameterizedTest
    @ValueSource(strings = { "not base64!", "QQ==", "%%%", "A" })
    void refusesACursorItDidNotGiveNamingIt(String cursor) {
        assertThatThrownBy(() -> PageArguments.after(cursor)).isInstanceOfSatisfying(MalformedInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("cursor"));
    }
}
