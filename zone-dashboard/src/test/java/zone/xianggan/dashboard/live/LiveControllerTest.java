package zone.xianggan.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import zone.xianggan.dashboard.DashboardWebSlice;

@DashboardWebSlice
class LiveControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private LiveFeed feed;

    @Test
    void aPageBeyondTheLimitIsToldToTryAgainLater() {
        given(feed.open()).willThrow(new TooManyLivePagesException(500));

        assertThat(mvc.get().uri("/dashboard/live").accept(MediaType.TEXT_EVENT_STREAM))
                .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HttpHeaders.RETRY_AFTER, "60").bodyJson().extractingPath("$.limit").isEqualTo(500);
    }
}
