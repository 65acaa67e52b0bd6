package zone.xianggan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static zone.xianggan.testsupport.HostileRequests.assertProblem;
import static zone.xianggan.testsupport.HostileRequests.assertReady;

import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.testsupport.HostileRequests;
import zone.xianggan.testsupport.OutboxEvents;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * What an attacker sends the cooperation service: numbers too large to write out as a baseline, a target or an
 * amount, titles and milestones that read otherwise than stored, and the attacks every JSON endpoint meets. Each
 * refused naming the field, nothing written, the service still ready, and the next good proposal taken.
 */
class HostileInputIT extends CooperationServiceIT {

    private static final String HUGE = "1E+10000000";

    @Test
    void genericAttacksAreRefusedNamingTheFieldWithoutWritingAnything() {
        int rows = rowsWritten();
        long events = OutboxEvents.appended(meters);
        HostileRequests.refuseGenericAttacks(port, "POST", "/api/v1/projects", ZoneIssuer.shared().token(
                "zone-office"), HostileRequests.DEFAULT_BODY_LIMIT, "titleEn");
        assertThat(rowsWritten()).isEqualTo(rows);
        assertThat(OutboxEvents.appended(meters)).isEqualTo(events);
        assertReady(http);
        assertThat(propose(good())).startsWith("XG-");
    }

    @Test
    void aNumberTooLargeToWriteOutIsRefusedAtOnceNamingItsField() {
        int rows = rowsWritten();
        for (String[] attack : new String[][] {
                { good().replace("\"baseline\":2", "\"baseline\":" + HUGE), "outcomes[0].baseline" },
                { good().replace("\"target\":6", "\"target\":-" + HUGE), "outcomes[0].target" },
                { good().replace("\"target\":6", "\"target\":1E+40"), "outcomes[0].target" },
                { good().replace("\"amount\":250000.50", "\"amount\":" + HUGE),
                        "plannedInvestment.bySource[1].amount" },
                { good().replace("\"amount\":250000.50", "\"amount\":1E+20"),
                        "plannedInvestment.bySource[1].amount" },
                { good().replace("\"amount\":250000.50", "\"amount\":0.001"),
                        "plannedInvestment.bySource[1].amount" },
                { good().replace("\"currency\":\"CNY\"", "\"currency\":\"CNY\",\"total\":" + HUGE),
                        "plannedInvestment.total" } }) {
            Response refused = http.post("/api/v1/projects", attack[0]);
            assertProblem(refused, 422, attack[1]);
        }
        assertThat(rowsWritten()).isEqualTo(rows);
        assertReady(http);
    }

    @Test
    void invisibleOrControlCharactersInAProjectsTextsAreRefusedNamingTheField() {
        int rows = rowsWritten();
        assertProblem(http.post("/api/v1/projects", good().replace("intercity bus\"", "intercity bus\\u202E\"")),
                422, "titleEn");
        assertProblem(http.post("/api/v1/projects", good().replace("An intercity bus line",
                "An intercity\\u200B bus line")), 422, "descriptionEn");
        assertProblem(http.post("/api/v1/projects", good().replace("Route agreed", "Route\\u0007agreed")), 422,
                "milestones[0].name");
        assertProblem(http.post("/api/v1/projects", good().replace("Route agreed", "x".repeat(201))), 422,
                "milestones[0].name");
        assertThat(rowsWritten()).isEqualTo(rows);

        String id = propose(good().replace("An intercity bus line", "Two lines:\\nLiuyang and Shangli"));
        assertThat(http.get("/api/v1/projects/" + id).<String>json("$.descriptionEn"))
                .isEqualTo("Two lines:\nLiuyang and Shangli");
        int before = rowsWritten();
        Response rejected = as("hunan-drc/li.ming").post("/api/v1/projects/" + id + "/approvals", """
                {"province":"430000","decision":"REJECT","reason":"no\\u2066budget\\u2069"}""");
        assertProblem(rejected, 422, "reason");
        assertThat(rowsWritten()).isEqualTo(before);
        assertReady(http);
    }

    @Test
    void projectsComeInPages() {
        for (int i = 0; i < 3; i++) {
            propose(good());
        }
        List<String> all = HostileRequests.readAllPages(http, "/api/v1/projects", 2, "id");
        assertThat(all).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3)
                .isEqualTo(http.get("/api/v1/projects?limit=1000").<List<String>>json("$[*].id"));
        assertProblem(http.get("/api/v1/projects?limit=1001"), 400, "limit");
        assertProblem(http.get("/api/v1/projects?cursor=WEctMjAyNi05OTk5"), 400, "cursor");
    }

    @Test
    void aProjectsHistoryComesInPages() {
        String id = approvedProject(good());

        assertThat(HostileRequests.readAllPages(http, "/api/v1/projects/" + id + "/history", 1, "version"))
                .hasSizeGreaterThan(1).startsWith("1");
    }

    private static String good() {
        return ProjectRequests.proposal("BUS_LINES", "430181", "360322");
    }
}
