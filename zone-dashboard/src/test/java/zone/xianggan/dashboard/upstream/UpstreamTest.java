package zone.xianggan.dashboard.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/targets", "/api/v1/values", "/api/v1/aggregates/series",
            "/api/v1/indicators/GDP/history" })
    void aPageReadsThePartsOfAServiceThatPeopleLookAt(String path) {
        assertThat(Upstream.INDICATORS.mayRead(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/prometheus", "/api/v1/dead-letters",
            "/api/v1/valuesx", "/api/v1/values/../dead-letters", "/api/v1/values/%2e%2e", "/api/v1//values", "" })
    void nothingElseIsReadThroughTheDashboard(String path) {
        assertThat(Upstream.INDICATORS.mayRead(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/agencies", "/api/v1/signing-keys", "/api/v1/replica/rebuild" })
    void theRegistersOfAgenciesAndTheOperatorsPartsAreNoneOfThem(String path) {
        for (Upstream upstream : Upstream.values()) {
            assertThat(upstream.mayRead(path)).as(upstream.name()).isFalse();
        }
    }
}
