package zone.xianggan.indicators.sdmx.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

import zone.xianggan.kernel.domain.MalformedInputException;

class SdmxFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application/vnd.sdmx.data+csv;version=2.0.0 | SDMX_CSV",
            "application/vnd.sdmx.data+json;version=2.0.0 | SDMX_JSON",
            "application/vnd.sdmx.data+json | SDMX_JSON",
            "text/csv | CSV",
            "application/json | JSON",
            "*/* | SDMX_CSV",
            "text/html, application/json;q=0.9, */*;q=0.8 | JSON",
            "application/vnd.sdmx.data+csv;version=1.0.0, text/csv;q=0.5 | CSV",
            "application/json;q=0, */* | SDMX_CSV" })
    void theMostPreferredTypeItWritesAnswers(String accept, SdmxFormat expected) {
        assertThat(SdmxFormat.of(null, accept)).isEqualTo(expected);
    }

    @Test
    void withoutAcceptTheAnswerIsSdmxCsv() {
        assertThat(SdmxFormat.of(null, null)).isEqualTo(SdmxFormat.SDMX_CSV);
    }

    @Test
    void theFormatParameterOverridesAccept() {
        assertThat(SdmxFormat.of("json", "text/csv")).isEqualTo(SdmxFormat.JSON);
        assertThat(SdmxFormat.of("sdmx-json", null)).isEqualTo(SdmxFormat.SDMX_JSON);
    }

    @Test
    void anUnknownFormatIsMalformedNamingIt() {
        assertThatThrownBy(() -> SdmxFormat.of("xml", null)).isInstanceOfSatisfying(MalformedInputException.class,
                e -> assertThat(e.violations()).extracting("field").containsExactly("format"));
    }

    @Test
    void aTypeItDoesNotWriteIsNotAcceptableNamingAccept() {
        assertThatThrownBy(() -> SdmxFormat.of(null, "application/vnd.sdmx.genericdata+xml;version=2.1"))
                .isInstanceOfSatisfying(SdmxProblem.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
                    assertThat(e.violation().field()).isEqualTo("Accept");
                });
    }

    @Test
    void anOlderSdmxVersionIsNotAcceptable() {
        assertThatThrownBy(() -> SdmxFormat.of(null, "application/vnd.sdmx.data+json;version=1.0.0"))
                .isInstanceOf(SdmxProblem.class);
    }

    @Test
    void aStructureIsWrittenForJsonAcceptsOnly() {
        SdmxFormat.requireStructureJson("application/vnd.sdmx.structure+json;version=2.0.0");
        SdmxFormat.requireStructureJson("*/*");
        SdmxFormat.requireStructureJson(null);
        assertThatThrownBy(() -> SdmxFormat.requireStructureJson("text/csv")).isInstanceOf(SdmxProblem.class);
    }
}
