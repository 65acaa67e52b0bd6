package zone.xianggan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;

import zone.xianggan.events.Topics;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.OutboxEvents;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * The service as agencies and subscribers meet it: real HTTP with tokens from the zone's real issuer, a real
 * embedded broker on which the registry's and the indicators service's events are published, and
 * {@code cooperation.projects.v1} recorded from its beginning. {@link #http} calls as the zone office, which may
 * propose and carry out any project; {@link #reader} as a subscriber, which may only read.
 */
@ZoneServiceTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CooperationServiceIT {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final String SOURCE = "/xianggan/cooperation-service";
    protected static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    protected int port;

    @Autowired
    protected EmbeddedKafkaBroker kafka;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected MeterRegistry meters;

    protected ZoneHttp http;
    protected ZoneHttp reader;
    protected Feeds feeds;
    protected TopicRecorder projectsTopic;

    @BeforeAll
    void connect() {
        reader = ZoneHttp.at("http://127.0.0.1:" + port);
        http = reader.as("zone-office/wang.fang");
        feeds = Feeds.at(kafka.getBrokersAsString());
        projectsTopic = TopicRecorder.record(kafka.getBrokersAsString(), Topics.COOPERATION_PROJECTS_V1);
        feeds.publishSomeCounties();
        feeds.define(Feeds.sum("BUS_LINES", "INFRASTRUCTURE_CONNECTIVITY"));
        await().atMost(WAIT).until(() -> reader.get("/api/v1/counties/360881").status() == 200
                && reader.get("/api/v1/indicators/BUS_LINES").status() == 200);
    }

    @AfterAll
    void disconnect() {
        projectsTopic.close();
        feeds.close();
    }

    /** Proposes and returns the new project's id. */
    protected String propose(String body) {
        ZoneHttp.Response proposed = http.post("/api/v1/projects", body);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json("$.id");
    }

    /** Proposes (as the zone office) and has both provinces' DRCs approve; returns the id. */
    protected String approvedProject(String body) {
        String id = propose(body);
        assertThat(as("hunan-drc/li.ming").post("/api/v1/projects/" + id + "/approvals",
                ProjectRequests.approve("430000")).status()).isEqualTo(200);
        assertThat(as("jiangxi-drc/wu.hua").post("/api/v1/projects/" + id + "/approvals",
                ProjectRequests.approve("360000")).status()).isEqualTo(200);
        return id;
    }

    /** Calls as a seeded agency, {@code "hunan-drc"}, or with the person acting for it, {@code "hunan-drc/li.ming"}. */
    protected ZoneHttp as(String agencyAndPerson) {
        return reader.as(agencyAndPerson);
    }

    /** Rows of every table a request may write, and the events committed to the outbox. */
    protected int rowsWritten() {
        return jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM project) + (SELECT COUNT(*) FROM project_change)
                 + (SELECT COUNT(*) FROM project_participant) + (SELECT COUNT(*) FROM project_funding)
                 + (SELECT COUNT(*) FROM project_decision)
                 + (SELECT SUM(last_number) FROM project_number)""", Integer.class)
                + (int) OutboxEvents.appended(meters);
    }

    protected static void assertRefused(ZoneHttp.Response response, int status, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM);
        if (fields.length > 0) {
            assertThat(response.problemFields()).containsExactly(fields);
        }
    }
}
