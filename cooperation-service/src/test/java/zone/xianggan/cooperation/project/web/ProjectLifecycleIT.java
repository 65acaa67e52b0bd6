package zone.xianggan.cooperation.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.CooperationServiceIT;
import zone.xianggan.cooperation.ProjectRequests;
import zone.xianggan.events.EventType;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp.Response;

/**
 * A project of both provinces is proposed, approved by each, started, brought to a milestone and completed through
 * the API, and each step is a valid CloudEvent on {@code cooperation.projects.v1} carrying the whole project and the
 * agency (and person) that took it.
 */
class ProjectLifecycleIT extends CooperationServiceIT {

    @Test
    void eachStepFromProposalToCompletionIsAnEvent() {
        Response proposed = as("liuyang/chen.li").post("/api/v1/projects",
                ProjectRequests.proposal("BUS_LINES", "430181", "360322"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json("$.id");
        assertThat(id).matches("XG-20[0-9]{2}-[0-9]{4}");
        assertThat(proposed.headers().getLocation()).hasToString("/api/v1/projects/" + id);
        assertThat(proposed.etag()).isEqualTo("\"1\"");
        assertThat(proposed.<String>json("$.status")).isEqualTo("PROPOSED");
        assertThat(proposed.<Boolean>json("$.interProvincial")).isTrue();
        assertThat(proposed.<List<String>>json("$.provinceCodes")).containsExactly("430000", "360000");
        assertThat(new BigDecimal(proposed.json("$.plannedInvestment.total").toString()))
                .isEqualByComparingTo("1250000.50");
        assertThat(proposed.<List<String>>json("$.milestones[*].id")).containsExactly("M1", "M2");
        assertThat(proposed.<List<String>>json("$.outcomes[0].countyCodes")).containsExactly("430181", "360322");
        assertThat(proposed.<String>json("$.proposedBy")).isEqualTo("liuyang");
        assertThat(proposed.<String>json("$.proposedByPerson")).isEqualTo("chen.li");

        Response byHunan = as("hunan-drc/li.ming").post("/api/v1/projects/" + id + "/approvals",
                ProjectRequests.approve("430000"));
        assertThat(byHunan.status()).as(byHunan.toString()).isEqualTo(200);
        assertThat(byHunan.<String>json("$.status")).isEqualTo("PROPOSED");
        Response byJiangxi = as("jiangxi-drc/wu.hua").post("/api/v1/projects/" + id + "/approvals", """
                {"province":"360000","decision":"APPROVE","reason":"Fits Pingxiang's transport plan"}""",
                "If-Match", byHunan.etag());
        assertThat(byJiangxi.status()).as(byJiangxi.toString()).isEqualTo(200);
        assertThat(byJiangxi.<String>json("$.status")).isEqualTo("APPROVED");
        assertThat(byJiangxi.etag()).isEqualTo("\"4\"");
        assertThat(byJiangxi.<List<String>>json("$.approvals[*].actor")).containsExactly("hunan-drc", "jiangxi-drc");
        assertThat(byJiangxi.<List<String>>json("$.approvals[*].actorPerson")).containsExactly("li.ming", "wu.hua");

        Response started = as("shangli/he.jun").post("/api/v1/projects/" + id + "/transitions",
                ProjectRequests.to("IN_PROGRESS", "Contract signed"), "If-Match", byJiangxi.etag());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.<String>json("$.actualStart")).isNotNull();
        Response milestone = as("jiangxi-drc/wu.hua").post("/api/v1/projects/" + id + "/milestones/M1/completion",
                "{\"reason\":\"Both transport bureaus signed\"}", "If-Match", started.etag());
        assertThat(milestone.status()).as(milestone.toString()).isEqualTo(200);
        assertThat(milestone.<String>json("$.milestones[0].doneOn")).isNotNull();
        Response completed = http.post("/api/v1/projects/" + id + "/transitions",
                ProjectRequests.to("COMPLETED", "Line in service"), "If-Match", milestone.etag());
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.<String>json("$.status")).isEqualTo("COMPLETED");
        assertThat(completed.etag()).isEqualTo("\"7\"");

        await().atMost(WAIT).until(() -> projectsTopic.events(keyed(id)).size() == 7);
        List<ConsumerRecord<String, byte[]>> records = projectsTopic.events(keyed(id));
        assertThat(records).extracting(record -> ZoneEventAssertions.assertValidZoneEvent(record, SOURCE))
                .containsExactly(EventType.PROJECT_PROPOSED, EventType.PROJECT_PROVINCE_APPROVED,
                        EventType.PROJECT_PROVINCE_APPROVED, EventType.PROJECT_APPROVED,
                        EventType.PROJECT_STATUS_CHANGED, EventType.PROJECT_MILESTONE_REACHED,
                        EventType.PROJECT_STATUS_CHANGED);
        List<ProjectEvent> events = records.stream().map(r -> EventJson.read(r.value(), ProjectEvent.class)).toList();
        assertThat(events).extracting(e -> e.project().version()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(events).extracting(e -> e.change().version()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(events).extracting(e -> e.change().provinceCode())
                .containsExactly(null, "430000", "360000", "360000", null, null, null);
        assertThat(events).extracting(e -> e.change().actor()).containsExactly("liuyang", "hunan-drc",
                "jiangxi-drc", "jiangxi-drc", "shangli", "jiangxi-drc", "zone-office");
        assertThat(events).extracting(e -> e.change().actorPerson()).containsExactly("chen.li", "li.ming", "wu.hua",
                "wu.hua", "he.jun", "wu.hua", "wang.fang");
        assertThat(events).extracting(e -> e.project().proposedBy()).containsOnly("liuyang");
        assertThat(events).extracting(e -> e.project().proposedByPerson()).containsOnly("chen.li");
        assertThat(events.get(4).change().fromStatus()).isEqualTo("APPROVED");
        assertThat(events.get(4).change().toStatus()).isEqualTo("IN_PROGRESS");
        assertThat(events.get(5).change().milestoneId()).isEqualTo("M1");
        assertThat(events.getLast().project().status()).isEqualTo("COMPLETED");
        assertThat(events.getLast().change().reason()).isEqualTo("Line in service");

        Response history = http.get("/api/v1/projects/" + id + "/history");
        assertThat(history.<List<String>>json("$[*].type")).containsExactly("PROPOSED", "PROVINCE_APPROVED",
                "PROVINCE_APPROVED", "APPROVED", "STATUS_CHANGED", "MILESTONE_REACHED", "STATUS_CHANGED");
        assertThat(history.<String>json("$[2].reason")).isEqualTo("Fits Pingxiang's transport plan");
        assertThat(history.<List<String>>json("$[*].actor")).containsExactly("liuyang", "hunan-drc", "jiangxi-drc",
                "jiangxi-drc", "shangli", "jiangxi-drc", "zone-office");
        assertThat(history.<List<String>>json("$[*].person")).containsExactly("chen.li", "li.ming", "wu.hua",
                "wu.hua", "he.jun", "wu.hua", "wang.fang");
        assertThat(http.get("/api/v1/projects/" + id).etag()).isEqualTo("\"7\"");
    }

    @Test
    void aRejectionByEitherProvinceEndsTheProposalWithItsReason() {
        String id = propose(ProjectRequests.proposal("BUS_LINES", "430281", "360323"));

        Response rejected = as("jiangxi-drc/wu.hua").post("/api/v1/projects/" + id + "/approvals", """
                {"province":"360000","decision":"REJECT","reason":"Overlaps an existing line"}""");

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.<String>json("$.status")).isEqualTo("REJECTED");
        assertThat(rejected.<List<Map<String, Object>>>json("$.approvals")).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("decision", "REJECT")
                        .containsEntry("reason", "Overlaps an existing line").containsEntry("actor", "jiangxi-drc")
                        .containsEntry("actorPerson", "wu.hua"));
        ConsumerRecord<String, byte[]> event = projectsTopic.awaitRecord(WAIT, keyed(id).and(
                zone.xianggan.testsupport.TopicRecorder.ofType(EventType.PROJECT_REJECTED.ceType())));
        assertThat(EventJson.read(event.value(), ProjectEvent.class).change().reason())
                .isEqualTo("Overlaps an existing line");
    }

    @Test
    void singleProvinceProjectsAreToldApartFromInterProvincialOnes() {
        String hunanOnly = propose(ProjectRequests.proposal("BUS_LINES", "430181", "430281"));
        String both = approvedProject(ProjectRequests.proposal("BUS_LINES", "430281", "360313"));

        assertThat(http.get("/api/v1/projects/" + hunanOnly).<Boolean>json("$.interProvincial")).isFalse();
        assertThat(http.get("/api/v1/projects?interProvincial=false").<List<String>>json("$[*].id"))
                .contains(hunanOnly).doesNotContain(both);
        assertThat(http.get("/api/v1/projects?province=360000").<List<String>>json("$[*].id"))
                .contains(both).doesNotContain(hunanOnly);
        assertThat(http.get("/api/v1/projects?county=360313").<List<String>>json("$[*].id")).containsExactly(both);
        assertThat(http.get("/api/v1/projects?status=APPROVED&planArea=INFRASTRUCTURE_CONNECTIVITY"
                + "&cluster=liuyang-liling-shangli-xiangdong-anyuan-luxi").<List<String>>json("$[*].id"))
                .contains(both).doesNotContain(hunanOnly);
        assertRefused(http.get("/api/v1/projects?province=110000"), 400, "province");
        assertRefused(http.get("/api/v1/projects?status=DONE"), 400, "status");

        Response portfolio = http.get("/api/v1/portfolio?county=430281");
        assertThat(portfolio.status()).as(portfolio.toString()).isEqualTo(200);
        assertThat(portfolio.<Integer>json("$.total.projects")).isEqualTo(2);
        assertThat(portfolio.<Integer>json("$.interProvincial.projects")).isEqualTo(1);
        assertThat(portfolio.<Double>json("$.interProvincial.share")).isEqualTo(0.5);
        assertThat(new BigDecimal(portfolio.json("$.total.plannedInvestment").toString()))
                .isEqualByComparingTo("2500001.00");
        assertThat(portfolio.<List<Integer>>json("$.byProvince[*].projects")).containsExactly(2, 1);
        assertThat(portfolio.<List<String>>json("$.byPlanArea[*].planArea")).hasSize(6);
        assertThat(portfolio.<List<Integer>>json(
                "$.byPlanArea[?(@.planArea == 'INFRASTRUCTURE_CONNECTIVITY')].projects")).containsExactly(2);
        assertThat(portfolio.<List<String>>json("$.byCluster[*].cluster"))
                .containsExactly("liuyang-liling-shangli-xiangdong-anyuan-luxi");
    }
}
