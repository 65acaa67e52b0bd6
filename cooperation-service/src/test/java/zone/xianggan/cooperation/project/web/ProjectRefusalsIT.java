package zone.xianggan.cooperation.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.CooperationServiceIT;
import zone.xianggan.cooperation.Feeds;
import zone.xianggan.cooperation.ProjectRequests;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;

/** Every refused request says why, naming the field, and writes nothing: no row, no history, no event. */
class ProjectRefusalsIT extends CooperationServiceIT {

    @Test
    void aFaultyProposalIsRefusedNamingItsFieldWithoutWritingAnything() {
        feeds.retire(feeds.county("360302", "安源区", "Anyuan", Feeds.LIULING_CLUSTER), "360313", 2);
        awaitRetired("360302");
        int before = rowsWritten();

        Response unknownUnit = http.post("/api/v1/projects", ProjectRequests.proposal("BUS_LINES", "430181",
                "360399"));
        assertRefused(unknownUnit, 422, "participants[1].countyCode");
        assertThat(unknownUnit.<String>json("$.errors[0].reason")).contains("not a unit of the registry");
        Response retiredUnit = http.post("/api/v1/projects", ProjectRequests.proposal("BUS_LINES", "430181",
                "360302"));
        assertRefused(retiredUnit, 422, "participants[1].countyCode");
        assertThat(retiredUnit.<String>json("$.errors[0].reason")).contains("retired").contains("360313");
        assertRefused(http.post("/api/v1/projects", ProjectRequests.proposal("NO_SUCH_INDICATOR", "430181",
                "360322")), 422, "outcomes[0].indicatorCode");
        assertRefused(http.post("/api/v1/projects", ProjectRequests.proposal("BUS_LINES", "430181", "36032")),
                400, "participants[1].countyCode");
        assertRefused(http.post("/api/v1/projects", ProjectRequests.proposal("BUS_LINES", "430181", "360322")
                .replace("\"amount\":250000.50", "\"amount\":-250000.50")), 422,
                "plannedInvestment.bySource[1].amount");
        assertRefused(http.post("/api/v1/projects", ProjectRequests.proposal("BUS_LINES", "430181", "360322")
                .replace("\"planArea\":\"INFRASTRUCTURE_CONNECTIVITY\"", "\"planArea\":\"TOURISM\"")), 400,
                "planArea");
        assertRefused(http.post("/api/v1/projects", ProjectRequests.proposal("BUS_LINES", "430181", "360322")
                .replace("\"cluster\":\"liuyang-liling-shangli-xiangdong-anyuan-luxi\"",
                        "\"cluster\":\"changsha-zhuzhou-xiangtan\"")), 422, "cluster");
        assertRefused(http.post("/api/v1/projects", ProjectRequests.proposal("BUS_LINES", "430181", "360322")
                .replace("\"targetPeriod\":\"2027\"", "\"targetPeriod\":\"2027Q4\"")
                .replace("\"baselinePeriod\":\"2025\"", "\"baselinePeriod\":\"2025Q4\"")), 422,
                "outcomes[0].baselinePeriod", "outcomes[0].targetPeriod");
        assertRefused(http.post("/api/v1/projects", "{\"titleZh\":"), 400, "body");

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void aProvinceDecidingTwiceIsAConflictNamingTheFirstDecision() {
        String id = approvedByHunansLiMing();
        int before = rowsWritten();

        Response again = as("hunan-drc/zhang").post("/api/v1/projects/" + id + "/approvals",
                ProjectRequests.approve("430000"));

        assertRefused(again, 409);
        assertThat(again.<String>json("$.detail")).contains("already decided").contains("hunan-drc/li.ming");
        assertThat(again.<String>json("$.province")).isEqualTo("430000");
        assertThat(again.<String>json("$.decidedBy")).isEqualTo("hunan-drc");
        assertThat(again.<String>json("$.decidedByPerson")).isEqualTo("li.ming");
        assertOnlyHunanDecided(id, before);
    }

    @Test
    void aFaultyOrStaleDecisionIsRefusedNamingWhatIsWrong() {
        String id = approvedByHunansLiMing();
        int before = rowsWritten();

        ZoneHttp jiangxi = as("jiangxi-drc");
        assertRefused(jiangxi.post("/api/v1/projects/" + id + "/approvals", ProjectRequests.approve("110000")), 422,
                "province");
        assertRefused(jiangxi.post("/api/v1/projects/" + id + "/approvals", """
                {"province":"360000","decision":"REJECT"}"""), 422, "reason");
        assertRefused(jiangxi.post("/api/v1/projects/" + id + "/approvals", """
                {"province":"360000","decision":"MAYBE"}"""), 400, "decision");
        assertRefused(jiangxi.post("/api/v1/projects/" + id + "/approvals", ProjectRequests.approve("360000"),
                "If-Match", "\"1\""), 412);
        assertOnlyHunanDecided(id, before);
    }

    @Test
    void aStepItsStatusDoesNotAllowIsAConflictNamingTheAllowedOnes() {
        String proposed = propose(ProjectRequests.proposal("BUS_LINES", "430181", "360322"));
        String approved = approvedProject(ProjectRequests.proposal("BUS_LINES", "430281", "360323"));
        int before = rowsWritten();

        Response skipApproval = http.post("/api/v1/projects/" + proposed + "/transitions",
                ProjectRequests.to("APPROVED", null), "If-Match", "\"1\"");
        assertRefused(skipApproval, 409);
        assertThat(skipApproval.<List<String>>json("$.allowed")).containsExactly("CANCELLED");
        assertThat(skipApproval.<String>json("$.detail")).contains("two provinces' decisions");
        Response skipStart = http.post("/api/v1/projects/" + approved + "/transitions",
                ProjectRequests.to("COMPLETED", null), "If-Match", "\"4\"");
        assertRefused(skipStart, 409);
        assertThat(skipStart.<List<String>>json("$.allowed")).containsExactly("IN_PROGRESS", "CANCELLED");
        assertThat(skipStart.<String>json("$.status")).isEqualTo("APPROVED");
        assertThat(skipStart.<String>json("$.requested")).isEqualTo("COMPLETED");
        assertRefused(http.post("/api/v1/projects/" + proposed + "/milestones/M1/completion", "{}",
                "If-Match", "\"1\""), 409);
        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void anUnversionedStaleMalformedOrMisaddressedRequestIsRefusedNamingWhatIsWrong() {
        String approved = approvedProject(ProjectRequests.proposal("BUS_LINES", "430281", "360323"));
        int before = rowsWritten();

        assertRefused(http.post("/api/v1/projects/" + approved + "/transitions",
                ProjectRequests.to("IN_PROGRESS", null)), 428, "If-Match");
        Response stale = http.post("/api/v1/projects/" + approved + "/transitions",
                ProjectRequests.to("IN_PROGRESS", null), "If-Match", "\"3\"");
        assertRefused(stale, 412);
        assertThat(stale.<Integer>json("$.currentVersion")).isEqualTo(4);
        assertRefused(http.post("/api/v1/projects/" + approved + "/transitions",
                ProjectRequests.to("CANCELLED", null), "If-Match", "\"4\""), 422, "reason");
        assertRefused(http.post("/api/v1/projects/" + approved + "/transitions",
                ProjectRequests.to("FINISHED", null), "If-Match", "\"4\""), 400, "status");
        assertRefused(http.post("/api/v1/projects/" + approved + "/milestones/M9/completion", "{}",
                "If-Match", "\"4\""), 404);
        assertRefused(http.get("/api/v1/projects/XG-2026-9999"), 404);
        assertRefused(http.get("/api/v1/projects/42"), 400, "id");
        assertThat(rowsWritten()).isEqualTo(before);
    }

    /** A proposal of Liuyang and Shangli that Hunan's DRC (Li Ming acting) has approved; Jiangxi has not decided. */
    private String approvedByHunansLiMing() {
        String id = propose(ProjectRequests.proposal("BUS_LINES", "430181", "360322"));
        as("hunan-drc/li.ming").post("/api/v1/projects/" + id + "/approvals", ProjectRequests.approve("430000"));
        return id;
    }

    private void assertOnlyHunanDecided(String id, int rowsBefore) {
        assertThat(rowsWritten()).isEqualTo(rowsBefore);
        assertThat(http.get("/api/v1/projects/" + id).<List<String>>json("$.approvals[*].actor"))
                .containsExactly("hunan-drc");
    }

    private void awaitRetired(String code) {
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> "RETIRED".equals(
                http.get("/api/v1/counties/" + code).status() == 200
                        ? http.get("/api/v1/counties/" + code).json("$.status") : null));
    }
}
