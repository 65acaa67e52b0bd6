package zone.xianggan.dashboard.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import zone.xianggan.dashboard.DashboardWebSlice;
import zone.xianggan.dashboard.PageSecurity;

/** The pages' reads through the dashboard, with the services' answers stood in for (the ITs read the real ones). */
@DashboardWebSlice
class UpstreamControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UpstreamCache reads;

    @Test
    void aPageReadsAPartOfAServiceAndGetsItsAnswer() {
        given(reads.get(Upstream.INDICATORS, "/api/v1/targets", "year=2025"))
                .willReturn(reply(HttpStatus.OK, MediaType.APPLICATION_JSON, null, "[{\"id\":\"2025-urbanization\"}]"));

        assertThat(mvc.get().uri("/dashboard/api/indicators/api/v1/targets?year=2025")).hasStatusOk()
                .hasContentType(MediaType.APPLICATION_JSON).bodyJson().extractingPath("$[0].id")
                .isEqualTo("2025-urbanization");
    }

    @Test
    void theNextPageIsLinkedUnderTheDashboard() {
        given(reads.get(Upstream.REGISTRY, "/api/v1/counties", "limit=2")).willReturn(reply(HttpStatus.OK,
                MediaType.APPLICATION_JSON, "</api/v1/counties?limit=2&cursor=abc>; rel=\"next\"", "[]"));

        assertThat(mvc.get().uri("/dashboard/api/registry/api/v1/counties?limit=2")).hasStatusOk()
                .hasHeader(HttpHeaders.LINK, "</dashboard/api/registry/api/v1/counties?limit=2&cursor=abc>; rel=\"next\"");
    }

    @Test
    void aServicesRefusalReachesThePageAsTheServiceWroteIt() {
        given(reads.get(Upstream.INDICATORS, "/api/v1/aggregates", "period=2024x")).willReturn(reply(
                HttpStatus.BAD_REQUEST, MediaType.APPLICATION_PROBLEM_JSON, null, "{\"field\":\"period\"}"));

        assertThat(mvc.get().uri("/dashboard/api/indicators/api/v1/aggregates?period=2024x"))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .extractingPath("$.field").isEqualTo("period");
    }

    @Test
    void severalAggregatesAreReadAtOnceInTheOrderAsked() {
        given(reads.get(Upstream.INDICATORS, "/api/v1/aggregates", "indicator=GDP&period=2024&scope=zone"))
                .willReturn(reply(HttpStatus.OK, MediaType.APPLICATION_JSON, null, "{\"scope\":\"zone\"}"));
        given(reads.get(Upstream.INDICATORS, "/api/v1/aggregates", "indicator=GDP&period=2024&scope=province%3A430000"))
                .willReturn(reply(HttpStatus.OK, MediaType.APPLICATION_JSON, null, "{\"scope\":\"province:430000\"}"));

        assertThat(mvc.get().uri("/dashboard/aggregates?indicator=GDP&period=2024&scope=province:430000&scope=zone"))
                .hasStatusOk().hasContentType(MediaType.APPLICATION_JSON).bodyJson()
                .isLenientlyEqualTo("[{\"scope\":\"province:430000\"},{\"scope\":\"zone\"}]");
    }

    @Test
    void anAggregateTheServiceRefusesIsNullBesideTheOthers() {
        given(reads.get(Upstream.INDICATORS, "/api/v1/aggregates", "indicator=GDP&period=2024&scope=zone"))
                .willReturn(reply(HttpStatus.OK, MediaType.APPLICATION_JSON, null, "{\"scope\":\"zone\"}"));
        given(reads.get(Upstream.INDICATORS, "/api/v1/aggregates", "indicator=GDP&period=2024&scope=cluster%3Anone"))
                .willReturn(reply(HttpStatus.NOT_FOUND, MediaType.APPLICATION_PROBLEM_JSON, null, "{}"));

        assertThat(mvc.get().uri("/dashboard/aggregates?indicator=GDP&period=2024&scope=zone&scope=cluster:none"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("[{\"scope\":\"zone\"},null]");
    }

    @Test
    void aggregatesWithoutAScopeAreRefusedNamingIt() {
        assertThat(mvc.get().uri("/dashboard/aggregates?indicator=GDP&period=2024"))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("scope");

        verifyNoInteractions(reads);
    }

    @Test
    void moreScopesThanOneReadMayAskForAreRefusedNamingThem() {
        String scopes = "&scope=zone".repeat(UpstreamController.MAX_SCOPES + 1);

        assertThat(mvc.get().uri("/dashboard/aggregates?indicator=GDP&period=2024" + scopes))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("scope");

        verifyNoInteractions(reads);
    }

    @Test
    void aggregatesAreOnlyRead() {
        assertThat(mvc.post().uri("/dashboard/aggregates?indicator=GDP&period=2024&scope=zone"))
                .hasStatus(HttpStatus.FORBIDDEN);

        verifyNoInteractions(reads);
    }

    @Test
    void aggregatesOfAServiceThatDoesNotAnswerAreABadGatewayNamingIt() {
        given(reads.get(any(), any(), any())).willThrow(new UpstreamUnavailableException(Upstream.INDICATORS,
                new IllegalStateException("connection refused")));

        assertThat(mvc.get().uri("/dashboard/aggregates?indicator=GDP&period=2024&scope=zone&scope=province:360000"))
                .hasStatus(HttpStatus.BAD_GATEWAY).bodyJson().extractingPath("$.service")
                .isEqualTo("indicators-service");
    }

    @Test
    void aPartNoPageShowsIsNotFoundAndNotAskedFor() {
        assertThat(mvc.get().uri("/dashboard/api/indicators/actuator/prometheus")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/dashboard/api/identity/api/v1/agencies")).hasStatus(HttpStatus.NOT_FOUND);

        verifyNoInteractions(reads);
    }

    @Test
    void aServiceThatDoesNotAnswerIsABadGatewayNamingIt() {
        given(reads.get(any(), any(), any())).willThrow(new UpstreamUnavailableException(Upstream.REGISTRY,
                new IllegalStateException("connection refused")));

        assertThat(mvc.get().uri("/dashboard/api/registry/api/v1/counties")).hasStatus(HttpStatus.BAD_GATEWAY)
                .bodyJson().extractingPath("$.service").isEqualTo("registry-service");
    }

    @Test
    void nothingButReadsIsLetThrough() {
        assertThat(mvc.post().uri("/dashboard/api/indicators/api/v1/values").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).hasStatus(HttpStatus.FORBIDDEN);

        verifyNoInteractions(reads);
    }

    @Test
    void thePagesLoadNothingFromElsewhere() {
        assertThat(mvc.get().uri("/dashboard/api/indicators/api/v1/unknown"))
                .hasHeader("Content-Security-Policy", PageSecurity.CONTENT_SECURITY_POLICY);
    }

    private static UpstreamReads.Reply reply(HttpStatus status, MediaType type, String link, String body) {
        return new UpstreamReads.Reply(status, type, link, body.getBytes(StandardCharsets.UTF_8));
    }
}
