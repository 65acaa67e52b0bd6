package zone.xianggan.indicators.sdmx.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import zone.xianggan.indicators.sdmx.model.DataQuery;
import zone.xianggan.kernel.domain.MalformedInputException;

class SdmxDataRequestTest {

    private static final MultiValueMap<String, String> NO_PARAMETERS = new LinkedMultiValueMap<>();

    @ParameterizedTest
    @ValueSource(strings = { "*", "all", "*.*" })
    void aWildcardKeySelectsEverything(String key) {
        assertThat(SdmxDataRequest.parse(key, NO_PARAMETERS)).isEqualTo(DataQuery.EVERYTHING);
    }

    @Test
    void noKeySelectsEverything() {
        assertThat(SdmxDataRequest.parse(null, NO_PARAMETERS)).isEqualTo(DataQuery.EVERYTHING);
    }

    @Test
    void aKeyNamesAreasThenIndicatorsEachJoinedByPlus() {
        DataQuery query = SdmxDataRequest.parse("430181+360322.GDP+URBANIZATION_RATE", NO_PARAMETERS);

        assertThat(query.areas()).containsExactlyInAnyOrder("430181", "360322");
        assertThat(query.indicators()).containsExactlyInAnyOrder("GDP", "URBANIZATION_RATE");
    }

    @Test
    void aWildcardLeavesItsDimensionOpen() {
        DataQuery query = SdmxDataRequest.parse("*.GDP", NO_PARAMETERS);

        assertThat(query.areas()).isEmpty();
        assertThat(query.indicators()).containsExactly("GDP");
    }

    @ParameterizedTest
    @ValueSource(strings = { "430181", "430181.GDP.2024", "GDP.430181", "430181.gdp", "43018.GDP", "430181+.GDP" })
    void aKeyThatIsNotAreaDotIndicatorIsMalformedNamingTheKey(String key) {
        assertThatThrownBy(() -> SdmxDataRequest.parse(key, NO_PARAMETERS)).isInstanceOfSatisfying(
                MalformedInputException.class,
                e -> assertThat(e.violations()).extracting("field").containsOnly("key"));
    }

    @ParameterizedTest
    @CsvSource({ "ge:2020+le:2024, 2020-01-01, 2024-12-31", "ge:2020 le:2024, 2020-01-01, 2024-12-31",
            "2024, 2024-01-01, 2024-12-31", "eq:2024-Q2, 2024-04-01, 2024-06-30", "gt:2020+lt:2024-M03, 2021-01-01, "
                    + "2024-02-29", "ge:2024-07, 2024-07-01," })
    void theTimeFilterBoundsThePeriods(String filter, LocalDate from, LocalDate to) {
        DataQuery query = SdmxDataRequest.parse("*", parameters("c[TIME_PERIOD]", filter));

        assertThat(query.from()).isEqualTo(from);
        assertThat(query.to()).isEqualTo(to);
    }

    @Test
    void aTimeFilterOfAnotherShapeIsMalformedNamingIt() {
        assertThatThrownBy(() -> SdmxDataRequest.parse("*", parameters("c[TIME_PERIOD]", "ge:2020Q1")))
                .isInstanceOfSatisfying(MalformedInputException.class,
                        e -> assertThat(e.violations()).extracting("field").containsOnly("c[TIME_PERIOD]"));
    }

    @ParameterizedTest
    @CsvSource({ "c[TIME_PERIOD], ne:2020", "c[TIME_PERIOD], '2020,2021'", "c[REF_AREA], 430181",
            "updatedAfter, 2026-01-01T00:00:00Z", "lastNObservations, 1", "dimensionAtObservation, AllDimensions",
            "includeHistory, true", "labels, both", "attributes, none" })
    void aPartOfTheQuerySyntaxNotImplementedIsRefusedAsSuchNamingTheParameter(String name, String value) {
        assertThatThrownBy(() -> SdmxDataRequest.parse("*", parameters(name, value))).isInstanceOfSatisfying(
                SdmxProblem.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.NOT_IMPLEMENTED);
                    assertThat(e.violation().field()).isEqualTo(name);
                });
    }

    @Test
    void parametersAtTheirDefaultAreAccepted() {
        MultiValueMap<String, String> defaults = parameters("dimensionAtObservation", "TIME_PERIOD");
        defaults.add("attributes", "dsd");
        defaults.add("includeHistory", "false");

        assertThat(SdmxDataRequest.parse("*", defaults)).isEqualTo(DataQuery.EVERYTHING);
        assertThat(SdmxDataRequest.parse("*", parameters("format", "csv")).areas()).isEqualTo(Set.of());
    }

    private static MultiValueMap<String, String> parameters(String name, String value) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add(name, value);
        return parameters;
    }
}
