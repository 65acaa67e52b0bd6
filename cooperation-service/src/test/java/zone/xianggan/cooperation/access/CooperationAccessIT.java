package zone.xianggan.cooperation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zone.xianggan.testsupport.TopicRecorder.keyed;
import static zone.xianggan.testsupport.TopicRecorder.ofType;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import zone.xianggan.cooperation.CooperationServiceIT;
import zone.xianggan.cooperation.ProjectRequests;
import zone.xianggan.events.EventType;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.events.EventJson;
import zone.xianggan.testsupport.ForgedTokens;
import zone.xianggan.testsupport.ZoneEventAssertions;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * Who may change the cooperation projects, over real HTTP with tokens from the real issuer: a project is proposed by
 * the agency of one of its units, a provincial DRC or the zone office; each province decides through its DRC alone;
 * a project is carried out by the agencies of its units, the DRCs of its provinces or the zone office. Anyone else is
 * refused with 403 naming the rule, anyone without a valid token with 401, and a refused request writes nothing: no
 * row, no project number, no event.
 */
class CooperationAccessIT extends CooperationServiceIT {

    /** Liuyang (430181, Hunan) leads, Shangli (360322, Jiangxi) takes part. */
    private static final String LIUYANG_AND_SHANGLI = ProjectRequests.proposal("BUS_LINES", "430181", "360322");

    /** A proposal awaiting both provinces' decisions. */
    private String undecided;
    /** An approved project of Liuyang and Ningxiang (Hunan only), flagged for review: Ningxiang was retired. */
    private String flaggedForRefusals;
    /** Another such project, for its review to be resolved. */
    private String flaggedToResolve;

    @BeforeAll
    void projectsToActOn() {
        CountySnapshot ningxiang = feeds.county("430182", "宁乡市", "Ningxiang");
        await().atMost(WAIT).until(() -> reader.get("/api/v1/counties/430182").status() == 200);
        undecided = propose(LIUYANG_AND_SHANGLI);
        flaggedForRefusals = approvedProject(ProjectRequests.proposal("BUS_LINES", "430181", "430182"));
        flaggedToResolve = approvedProject(ProjectRequests.proposal("BUS_LINES", "430181", "430182"));
        feeds.retire(ningxiang, "430181", 2);
        await().atMost(WAIT).until(() -> reader.get("/api/v1/projects?needsReview=true").<List<String>>json("$[*].id")
                .containsAll(List.of(flaggedForRefusals, flaggedToResolve)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "anyuan", "demo-subscriber", "zone-operator", "cooperation-service" })
    void agenciesOfOtherUnitsSubscribersOperatorsOrServicesMayNotPropose(String agency) {
        int before = rowsWritten();

        assertNotPermitted(as(agency).post("/api/v1/projects", LIUYANG_AND_SHANGLI), "projects.propose");

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void aUnitsAgencyMayNotProposeAProjectItsUnitDoesNotTakePartIn() {
        int before = rowsWritten();

        Response refused = as("liling").post("/api/v1/projects", LIUYANG_AND_SHANGLI);

        assertNotPermitted(refused, "projects.propose");
        assertThat(refused.<String>json("$.rule")).contains("430181, 360322");
        assertThat(rowsWritten()).as("no row and no project number taken").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "liuyang", "shangli", "hunan-drc", "jiangxi-drc", "zone-office" })
    void theAgencyOfAParticipatingUnitEitherDrcOrTheZoneOfficeMayPropose(String agency) {
        Response proposed = as(agency).post("/api/v1/projects", LIUYANG_AND_SHANGLI);

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(proposed.<String>json("$.proposedBy")).isEqualTo(agency);
        assertThat(reader.get("/api/v1/projects/" + proposed.json("$.id") + "/history").<String>json("$[0].actor"))
                .isEqualTo(agency);
    }

    @Test
    void aDrcMayProposeAProjectOfTheOtherProvinceAlone() {
        Response proposed = as("jiangxi-drc").post("/api/v1/projects",
                ProjectRequests.proposal("BUS_LINES", "430181", "430281"));

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(proposed.<List<String>>json("$.provinceCodes")).containsExactly("430000");
    }

    @ParameterizedTest
    @CsvSource({ "hunan-drc, 360000", "zone-office, 430000", "zone-office, 360000", "liuyang, 430000",
            "shangli, 360000", "demo-subscriber, 430000", "zone-operator, 360000", "cooperation-service, 430000" })
    void onlyAProvincesDrcDecidesForThatProvince(String agency, String province) {
        int before = rowsWritten();

        assertNotPermitted(as(agency).post("/api/v1/projects/" + undecided + "/approvals",
                ProjectRequests.approve(province)), "projects.decide");
        assertNotPermitted(as(agency).post("/api/v1/projects/" + undecided + "/approvals", """
                {"province":"%s","decision":"REJECT","reason":"forged"}""".formatted(province)), "projects.decide");

        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(reader.get("/api/v1/projects/" + undecided).<List<Object>>json("$.approvals")).isEmpty();
    }

    @Test
    void aJiangxiDrcTokenDecidingForHunanIsRefusedNamingHunansRule() {
        int before = rowsWritten();

        Response refused = as("jiangxi-drc/wu.hua").post("/api/v1/projects/" + undecided + "/approvals",
                ProjectRequests.approve("430000"));

        assertNotPermitted(refused, "projects.decide");
        assertThat(refused.<String>json("$.rule")).contains("430000");
        assertThat(rowsWritten()).isEqualTo(before);
        Response project = reader.get("/api/v1/projects/" + undecided);
        assertThat(project.<String>json("$.status")).isEqualTo("PROPOSED");
        assertThat(project.<List<Object>>json("$.approvals")).isEmpty();
    }

    @Test
    void eachProvincesDrcDecidesForItsOwnProvince() {
        String id = propose(LIUYANG_AND_SHANGLI);

        Response byHunan = as("hunan-drc").post("/api/v1/projects/" + id + "/approvals",
                ProjectRequests.approve("430000"));
        Response byJiangxi = as("jiangxi-drc").post("/api/v1/projects/" + id + "/approvals",
                ProjectRequests.approve("360000"));

        assertThat(byHunan.status()).as(byHunan.toString()).isEqualTo(200);
        assertThat(byJiangxi.status()).as(byJiangxi.toString()).isEqualTo(200);
        assertThat(byJiangxi.<String>json("$.status")).isEqualTo("APPROVED");
        assertThat(byJiangxi.<List<String>>json("$.approvals[*].actor")).containsExactly("hunan-drc", "jiangxi-drc");
    }

    @ParameterizedTest
    @ValueSource(strings = { "liling", "shangli", "jiangxi-drc", "demo-subscriber", "zone-operator",
            "cooperation-service" })
    void onlyTheAgenciesOfItsUnitsTheDrcsOfItsProvincesOrTheZoneOfficeCarryOutAProject(String agency) {
        String path = "/api/v1/projects/" + flaggedForRefusals;
        String version = reader.get(path).etag();
        int before = rowsWritten();

        ZoneHttp caller = as(agency);
        assertNotPermitted(caller.post(path + "/transitions", ProjectRequests.to("CANCELLED", "forged"),
                "If-Match", version), flaggedForRefusals);
        assertNotPermitted(caller.post(path + "/milestones/M1/completion", "{}", "If-Match", version),
                flaggedForRefusals);
        assertNotPermitted(caller.post(path + "/review-flags/430182/resolution", "{\"reason\":\"forged\"}",
                "If-Match", version), flaggedForRefusals);

        assertThat(rowsWritten()).isEqualTo(before);
        Response project = reader.get(path);
        assertThat(project.etag()).isEqualTo(version);
        assertThat(project.<String>json("$.status")).isEqualTo("APPROVED");
        assertThat(project.<Boolean>json("$.needsReview")).isTrue();
        assertThat(project.<Object>json("$.milestones[0].doneOn")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "liuyang", "shangli", "hunan-drc", "jiangxi-drc", "zone-office" })
    void theAgenciesOfItsUnitsTheDrcsOfItsProvincesOrTheZoneOfficeMayCarryOutAProject(String agency) {
        String id = approvedProject(LIUYANG_AND_SHANGLI);
        ZoneHttp caller = as(agency);

        Response started = caller.post("/api/v1/projects/" + id + "/transitions",
                ProjectRequests.to("IN_PROGRESS", null), "If-Match", "\"4\"");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        Response reached = caller.post("/api/v1/projects/" + id + "/milestones/M1/completion", "{}",
                "If-Match", started.etag());
        assertThat(reached.status()).as(reached.toString()).isEqualTo(200);

        assertThat(reader.get("/api/v1/projects/" + id + "/history").<List<String>>json("$[4:].actor"))
                .containsExactly(agency, agency);
    }

    @Test
    void theAgencyOfAParticipatingUnitResolvesAReviewFlag() {
        String path = "/api/v1/projects/" + flaggedToResolve;

        Response resolved = as("liuyang/chen.li").post(path + "/review-flags/430182/resolution", """
                {"reason":"Liuyang takes over Ningxiang's part"}""", "If-Match", reader.get(path).etag());

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.<Boolean>json("$.needsReview")).isFalse();
        Response history = reader.get(path + "/history");
        assertThat(history.<List<String>>json("$[*].type")).endsWith("FLAGGED_FOR_REVIEW", "REVIEW_RESOLVED");
        assertThat(history.<List<String>>json("$[*].actor")).endsWith("system:registry.counties.v1", "liuyang");
        assertThat(history.<List<String>>json("$[*].person")).endsWith(null, "chen.li");
    }

    @Test
    void whoeverTheXActorHeaderNamesTheChangeIsTheCallingAgencys() {
        Response proposed = as("liuyang/system:seed").post("/api/v1/projects", LIUYANG_AND_SHANGLI);

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json("$.id");
        assertThat(proposed.<String>json("$.proposedBy")).isEqualTo("liuyang");
        assertThat(proposed.<String>json("$.proposedByPerson")).isEqualTo("system:seed");
        Response history = reader.get("/api/v1/projects/" + id + "/history");
        assertThat(history.<String>json("$[0].actor")).isEqualTo("liuyang");
        assertThat(history.<String>json("$[0].person")).isEqualTo("system:seed");
        ConsumerRecord<String, byte[]> record = projectsTopic.awaitRecord(WAIT,
                keyed(id).and(ofType(EventType.PROJECT_PROPOSED.ceType())));
        ZoneEventAssertions.assertValidZoneEvent(record, SOURCE);
        ProjectEvent event = EventJson.read(record.value(), ProjectEvent.class);
        assertThat(event.change().actor()).isEqualTo("liuyang");
        assertThat(event.change().actorPerson()).isEqualTo("system:seed");
        assertThat(event.project().proposedBy()).isEqualTo("liuyang");
        assertThat(event.project().proposedByPerson()).isEqualTo("system:seed");
    }

    @Test
    void everyAgencyReads() {
        for (String agency : List.of("liuyang", "jiangxi-drc", "demo-subscriber", "zone-operator",
                "cooperation-service")) {
            Response read = as(agency).get("/api/v1/projects/" + undecided);
            assertThat(read.status()).as(agency + ": " + read).isEqualTo(200);
        }
    }

    @Test
    void withoutAValidTokenEveryCallIsABearerChallengeThatWritesNothing() {
        int before = rowsWritten();

        for (ZoneHttp outsider : List.of(reader.anonymous(),
                reader.withToken(ForgedTokens.signedByUnknownKey(ZoneIssuer.shared().issuer())),
                reader.withToken(ForgedTokens.fromAnotherIssuer("https://issuer.example.org")),
                reader.withToken("not-a-token"))) {
            for (Response response : List.of(outsider.get("/api/v1/projects"),
                    outsider.post("/api/v1/projects", LIUYANG_AND_SHANGLI),
                    outsider.post("/api/v1/projects/" + undecided + "/approvals", ProjectRequests.approve("430000")),
                    outsider.post("/api/v1/projects/" + undecided + "/transitions",
                            ProjectRequests.to("CANCELLED", "forged"), "If-Match", "\"1\""))) {
                assertThat(response.status()).as(response.toString()).isEqualTo(401);
                assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
            }
        }

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void operationsEndpointsAreTheOperatorsAlone() {
        Response rebuildByOffice = as("zone-office").post("/api/v1/replica/rebuild", "");
        Response metricsByOffice = as("zone-office").get("/actuator/prometheus");

        assertNotPermitted(rebuildByOffice, "zone.ops");
        assertThat(metricsByOffice.status()).isEqualTo(403);
        assertThat(metricsByOffice.<String>json("$.rule")).contains("zone.ops");
        assertThat(reader.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as("zone-operator").post("/api/v1/replica/rebuild", "").status()).isEqualTo(202);
        assertThat(as("zone-operator").get("/actuator/prometheus").status()).isEqualTo(200);
    }

    @Test
    void healthProbesStayOpen() {
        assertThat(reader.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(reader.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void theApiDocumentIsOpen() {
        assertThat(reader.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void theApiDocumentIntroducesTheServiceToItsCallers() {
        Response docs = reader.anonymous().get("/v3/api-docs");

        assertThat(docs.<String>json("$.info.title")).isEqualTo("Xiang-Gan Zone cooperation-service");
        assertThat(docs.<String>json("$.info.description")).contains("cooperation.projects.v1");
        assertThat(docs.<List<String>>json("$.servers[*].url")).containsExactly("http://localhost:8083");
        assertThat(docs.<String>json("$.components.securitySchemes.agency.type")).isEqualTo("oauth2");
    }

    /** A 403 problem detail whose rule names {@code mentioned} (a scope, a project id). */
    private static void assertNotPermitted(Response response, String mentioned) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.<String>json("$.rule")).contains(mentioned);
    }
}
