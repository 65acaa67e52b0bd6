package zone.xianggan.dashboard.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;

class UpstreamCacheTest {

    private final FakeService service = new FakeService();
    private final MovableClock clock = new MovableClock();
    private final UpstreamCache cache = new UpstreamCache(service, clock, Duration.ZERO);

    @BeforeEach
    void followTheZone() {
        cache.followingTheZone(true);
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(10))
                .until(() -> !cache.readingAgain());
    }

    @Test
    void nothingIsKeptWhileTheDashboardDoesNotReceiveTheZonesEvents() {
        cache.followingTheZone(false);
        service.answer("[1]");
        cache.get(Upstream.REGISTRY, "/api/v1/counties", "limit=10");
        service.answer("[2]");

        assertThat(body(cache.get(Upstream.REGISTRY, "/api/v1/counties", "limit=10"))).isEqualTo("[2]");
    }

    @Test
    void aReadAskedForAgainIsAnsweredWithoutCallingTheService() {
        service.answer("[1]");
        cache.get(Upstream.REGISTRY, "/api/v1/counties", "limit=10");

        assertThat(body(cache.get(Upstream.REGISTRY, "/api/v1/counties", "limit=10"))).isEqualTo("[1]");
        assertThat(service.calls()).containsExactly("registry /api/v1/counties?limit=10");
    }

    @Test
    void readsOfOtherPartsOrQueriesAreReadEachFromTheService() {
        service.answer("[1]");
        cache.get(Upstream.REGISTRY, "/api/v1/counties", "limit=10");
        cache.get(Upstream.REGISTRY, "/api/v1/counties", "limit=20");
        cache.get(Upstream.INDICATORS, "/api/v1/counties", "limit=10");

        assertThat(service.calls()).hasSize(3);
    }

    @Test
    void afterAnEventThePageReadsTheNewState() {
        service.answer("[1]");
        cache.get(Upstream.INDICATORS, "/api/v1/values", "indicator=GDP");
        service.answer("[2]");

        cache.zoneChanged();

        assertThat(body(cache.get(Upstream.INDICATORS, "/api/v1/values", "indicator=GDP"))).isEqualTo("[2]");
    }

    @Test
    void afterAnEventTheRecentReadsAreMadeAgainWithoutAPageAsking() {
        service.answer("[1]");
        cache.get(Upstream.INDICATORS, "/api/v1/values", "indicator=GDP");
        service.answer("[2]");

        cache.zoneChanged();

        await().atMost(Duration.ofSeconds(10)).until(() -> service.calls().size() == 2);
        assertThat(body(cache.get(Upstream.INDICATORS, "/api/v1/values", "indicator=GDP"))).isEqualTo("[2]");
        assertThat(service.calls()).hasSize(2);
    }

    @Test
    void anAnswerIsReadAgainOnceItIsOlderThanItsMaximumAge() {
        service.answer("[1]");
        cache.get(Upstream.REGISTRY, "/api/v1/zone", null);
        service.answer("[2]");

        clock.advance(UpstreamCache.MAX_AGE.plusSeconds(1));

        assertThat(body(cache.get(Upstream.REGISTRY, "/api/v1/zone", null))).isEqualTo("[2]");
    }

    @Test
    void aReadPagesAskedForLatelyIsReadAgainBeforeItIsTooOldToServe() {
        service.answer("[1]");
        cache.get(Upstream.REGISTRY, "/api/v1/zone", null);
        service.answer("[2]");
        clock.advance(UpstreamCache.MAX_AGE.dividedBy(2));

        cache.refreshAgeing();
        clock.advance(UpstreamCache.MAX_AGE.dividedBy(2).plusSeconds(1));

        assertThat(body(cache.get(Upstream.REGISTRY, "/api/v1/zone", null))).isEqualTo("[2]");
        assertThat(service.calls()).as("the first read and the one made ahead of the page").hasSize(2);
    }

    @Test
    void anAnswerYoungerThanHalfItsMaximumAgeIsNotReadAgainAhead() {
        service.answer("[1]");
        cache.get(Upstream.REGISTRY, "/api/v1/zone", null);
        clock.advance(UpstreamCache.MAX_AGE.dividedBy(2).minusSeconds(1));

        cache.refreshAgeing();

        assertThat(service.calls()).hasSize(1);
    }

    @Test
    void aReadNoPageAskedForLatelyIsLeftToLapse() {
        service.answer("[1]");
        cache.get(Upstream.REGISTRY, "/api/v1/zone", null);
        clock.advance(UpstreamCache.RECENT.plusSeconds(1));

        cache.refreshAgeing();

        assertThat(service.calls()).hasSize(1);
    }

    @Test
    void aRefusalIsNotKept() {
        service.answer(HttpStatus.SERVICE_UNAVAILABLE, "{}");
        cache.get(Upstream.REGISTRY, "/api/v1/zone", null);
        service.answer("[1]");

        assertThat(body(cache.get(Upstream.REGISTRY, "/api/v1/zone", null))).isEqualTo("[1]");
    }

    @Test
    void aServiceThatDoesNotAnswerIsReportedToThePage() {
        service.fail();

        assertThatThrownBy(() -> cache.get(Upstream.COOPERATION, "/api/v1/projects", null))
                .isInstanceOf(UpstreamUnavailableException.class);
    }

    @Test
    void aReadAheadOfThePagesIsTriedAgainLaterWhereTheServiceDidNotAnswer() {
        UpstreamCache.Read projects = new UpstreamCache.Read(Upstream.COOPERATION, "/api/v1/projects", "limit=1");
        service.fail();
        assertThat(cache.readAhead(projects)).isFalse();

        service.answer("[]");
        assertThat(cache.readAhead(projects)).isTrue();
        cache.get(Upstream.COOPERATION, "/api/v1/projects", "limit=1");

        assertThat(service.calls()).hasSize(2);
    }

    @Test
    void theReadsMadeAgainAfterAChangeAreBounded() {
        service.answer("[]");
        for (int i = 0; i < UpstreamCache.MAX_KEPT + 10; i++) {
            cache.get(Upstream.INDICATORS, "/api/v1/values", "indicator=GDP&limit=" + (i + 1));
        }

        assertThat(cache.recentReads()).isEqualTo(UpstreamCache.MAX_KEPT);
    }

    private static String body(UpstreamReads.Reply reply) {
        return new String(reply.body(), StandardCharsets.UTF_8);
    }

    /** The service's side of the reads: answers what it is told to, and notes every call. */
    private static final class FakeService extends UpstreamReads {

        private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        private volatile UpstreamReads.Reply answer;
        private volatile boolean failing;

        FakeService() {
            super(null, Map.of());
        }

        void answer(String body) {
            answer(HttpStatus.OK, body);
        }

        void answer(HttpStatus status, String body) {
            failing = false;
            answer = new UpstreamReads.Reply(status, MediaType.APPLICATION_JSON, null,
                    body.getBytes(StandardCharsets.UTF_8));
        }

        void fail() {
            failing = true;
        }

        List<String> calls() {
            return List.copyOf(calls);
        }

        @Override
        public Reply get(Upstream service, String path, String query) {
            calls.add(service.segment() + " " + path + (query == null || query.isEmpty() ? "" : "?" + query));
            if (failing) {
                throw new UpstreamUnavailableException(service, new ResourceAccessException("refused"));
            }
            return answer;
        }
    }

    private static final class MovableClock extends Clock {

        private final AtomicInteger seconds = new AtomicInteger();

        void advance(Duration by) {
            seconds.addAndGet((int) by.toSeconds());
        }

        @Override
        public Instant instant() {
            return Instant.parse("2026-12-07T08:00:00Z").plusSeconds(seconds.get());
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
