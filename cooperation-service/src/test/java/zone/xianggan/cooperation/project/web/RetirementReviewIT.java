package zone.xianggan.cooperation.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;
import static zone.xianggan.testsupport.TopicRecorder.ofType;

import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.CooperationServiceIT;
import zone.xianggan.cooperation.Feeds;
import zone.xianggan.cooperation.ProjectRequests;
import zone.xianggan.cooperation.project.application.FlaggingProjectsForReview;
import zone.xianggan.events.EventType;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp.Response;

/**
 * Retiring a unit in the registry flags its open projects for review, showing the successor, driven by the
 * registry's event alone and once however often it is delivered; an agency clears the flag with a reason.
 */
class RetirementReviewIT extends CooperationServiceIT {

    @Test
    void retiringAUnitFlagsItsOpenProjectsOnceShowingTheSuccessor() {
        CountySnapshot luxi = feeds.county("360324", "某县", "Some county", Feeds.LIULING_CLUSTER);
        await().atMost(WAIT).until(() -> http.get("/api/v1/counties/360324").status() == 200);
        String proposed = propose(ProjectRequests.proposal("BUS_LINES", "430181", "360324"));
        String started = approvedProject(ProjectRequests.proposal("BUS_LINES", "430281", "360324"));
        http.post("/api/v1/projects/" + started + "/transitions", ProjectRequests.to("IN_PROGRESS", null),
                "If-Match", "\"4\"");
        String cancelled = propose(ProjectRequests.proposal("BUS_LINES", "430181", "360324"));
        http.post("/api/v1/projects/" + cancelled + "/transitions", ProjectRequests.to("CANCELLED", "withdrawn"),
                "If-Match", "\"1\"");
        String other = propose(ProjectRequests.proposal("BUS_LINES", "430181", "360322"));

        feeds.retire(luxi, "360313", 2);
        feeds.retire(luxi, "360313", 2);

        await().atMost(WAIT).until(() -> http.get("/api/v1/projects?needsReview=true").<List<String>>json("$[*].id")
                .size() == 2);
        assertThat(http.get("/api/v1/projects?needsReview=true").<List<String>>json("$[*].id"))
                .containsExactly(proposed, started);
        Response flagged = http.get("/api/v1/projects/" + started);
        assertThat(flagged.<Boolean>json("$.needsReview")).isTrue();
        assertThat(flagged.<String>json("$.reviewFlags[0].countyCode")).isEqualTo("360324");
        assertThat(flagged.<String>json("$.reviewFlags[0].successorCode")).isEqualTo("360313");
        assertThat(flagged.<String>json("$.status")).isEqualTo("IN_PROGRESS");
        assertThat(http.get("/api/v1/projects/" + cancelled).<Boolean>json("$.needsReview")).isFalse();
        assertThat(http.get("/api/v1/projects/" + other).<Boolean>json("$.needsReview")).isFalse();

        var event = projectsTopic.awaitRecord(WAIT, keyed(started).and(
                ofType(EventType.PROJECT_FLAGGED_FOR_REVIEW.ceType())));
        ZoneEventAssertions.assertValidZoneEvent(event, SOURCE);
        ProjectEvent data = EventJson.read(event.value(), ProjectEvent.class);
        assertThat(data.change().countyCode()).isEqualTo("360324");
        assertThat(data.change().successorCode()).isEqualTo("360313");
        assertThat(data.change().actor()).isEqualTo("system:registry.counties.v1")
                .isEqualTo(FlaggingProjectsForReview.ACTOR.agency());
        assertThat(data.change().actorPerson()).isNull();
        assertThat(data.project().needsReview()).isTrue();

        Response approval = as("hunan-drc/li.ming").post("/api/v1/projects/" + proposed + "/approvals",
                ProjectRequests.approve("430000"));
        assertRefused(approval, 409);
        assertThat(approval.<List<String>>json("$.reviewFlags")).containsExactly("360324");

        String version = http.get("/api/v1/projects/" + proposed).etag();
        Response resolved = http.post("/api/v1/projects/" + proposed + "/review-flags/360324/resolution", """
                {"reason":"Xiangdong (360313) takes over, as both DRCs agreed"}""", "If-Match", version);
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.<Boolean>json("$.needsReview")).isFalse();
        projectsTopic.awaitRecord(WAIT, keyed(proposed).and(ofType(EventType.PROJECT_REVIEW_RESOLVED.ceType())));
        Response history = http.get("/api/v1/projects/" + proposed + "/history");
        assertThat(history.<List<String>>json("$[*].type"))
                .containsExactly("PROPOSED", "FLAGGED_FOR_REVIEW", "REVIEW_RESOLVED");
        assertThat(history.<List<String>>json("$[*].actor"))
                .containsExactly("zone-office", "system:registry.counties.v1", "zone-office");
        assertThat(projectsTopic.events(keyed(started).and(ofType(EventType.PROJECT_FLAGGED_FOR_REVIEW.ceType()))))
                .hasSize(1);
        assertRefused(http.post("/api/v1/projects/" + proposed + "/review-flags/360324/resolution",
                "{\"reason\":\"again\"}", "If-Match", resolved.etag()), 404);
    }
}
