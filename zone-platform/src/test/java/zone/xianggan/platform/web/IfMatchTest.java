package zone.xianggan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;

class IfMatchTest {

    @ParameterizedTest
    @ValueSource(strings = { "\"3\"", "W/\"3\"", "3", " \"3\" " })
    void theETagReadNamesTheVersion(String header) {
        assertThat(new IfMatch(header).version()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " " })
    void aChangeWithoutTheHeaderIsRefusedAsPreconditionRequired(String header) {
        assertThatThrownBy(() -> new IfMatch(header).version()).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> new IfMatch(null).version()).isInstanceOf(PreconditionRequiredException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"-1\"", "\"three\"", "*", "\"3\", \"4\"", "\"99999999999999999999\"" })
    void anETagNamingNoVersionIsRefusedNamingTheHeader(String header) {
        assertThatThrownBy(() -> new IfMatch(header).version()).isInstanceOfSatisfying(
                MalformedInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly(IfMatch.HEADER));
    }

    @Test
    void aChangeThatMayBeMadeWithoutTheHeaderReadsNoVersionWhenNoneIsSent() {
        assertThat(new IfMatch(null).versionIfSent()).isNull();
        assertThat(new IfMatch("\"5\"").versionIfSent()).isEqualTo(5L);
    }
}
