package zone.xianggan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static zone.xianggan.testsupport.HostileRequests.assertProblem;
import static zone.xianggan.testsupport.HostileRequests.assertReady;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.testsupport.HostileRequests;
import zone.xianggan.testsupport.OutboxEvents;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneIssuer;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * What an attacker sends the registry: each refused with a problem detail naming the field, nothing written, the
 * service still ready, and the next good request taken.
 */
@ZoneServiceTest
@DirtiesContext
class HostileInputIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    ZoneHttp http;

    @BeforeEach
    void client() {
        http = ZoneHttp.at("http://127.0.0.1:" + port).as("zone-office/tester");
    }

    @Test
    void genericAttacksAreRefusedNamingTheFieldWithoutWritingAnything() {
        long events = OutboxEvents.appended(meters);
        int units = units();

        HostileRequests.refuseGenericAttacks(port, "POST", "/api/v1/counties", ZoneIssuer.shared().token(
                "zone-office"), HostileRequests.DEFAULT_BODY_LIMIT, "reason");

        assertThat(units()).isEqualTo(units);
        assertThat(OutboxEvents.appended(meters)).isEqualTo(events);
        assertReady(http);
        assertThat(http.post("/api/v1/counties", unit("430183", "Good Unit", "first good request")).status())
                .isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Liu\u202Eyang", "Liu\u0000yang", "Liu\u200Byang", "Liu\u2066yang\u2069",
            "Liu\u0085yang", "Liu\nyang", "Liu\uFEFFyang" })
    void anInvisibleOrControlCharacterInANameIsRefusedNamingIt(String name) {
        long events = OutboxEvents.appended(meters);
        Response refused = http.post("/api/v1/counties", unit("430184", name, "test"));
        assertProblem(refused, 422, "nameEn");
        assertThat(http.get("/api/v1/counties/430184").status()).isEqualTo(404);
        assertThat(OutboxEvents.appended(meters)).isEqualTo(events);
        assertReady(http);
    }

    @Test
    void aReasonWithABidiOverrideIsRefusedNamingIt() {
        assertProblem(http.post("/api/v1/counties", unit("430187", "Ningxiang", "because\u202Ereversed")), 422,
                "reason");
        assertThat(http.get("/api/v1/counties/430187").status()).isEqualTo(404);
    }

    @Test
    void namesAreStoredInNfc() {
        Response created = http.post("/api/v1/counties", unit("430185", "Xia\u0301ngxi\u0304", "NFC test"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(http.get("/api/v1/counties/430185").<String>json("$.nameEn")).isEqualTo("Xi\u00E1ngx\u012B");
    }

    @Test
    void aNameTooLongForItsColumnIs422NamingItNeverAConflict() {
        assertProblem(http.post("/api/v1/counties", unit("430186", "x".repeat(101), "too long")), 422, "nameEn");
        assertProblem(http.post("/api/v1/counties", unit("430186", "Fine", "r".repeat(501))), 422, "reason");
    }

    @Test
    void listsComeInPagesFollowingLink() {
        Response first = http.get("/api/v1/counties?limit=10");
        assertThat(first.<List<String>>json("$[*].code")).hasSize(10);
        assertThat(HostileRequests.nextLink(first)).startsWith("/api/v1/counties?limit=10&cursor=");
        List<String> all = HostileRequests.readAllPages(http, "/api/v1/counties?status=ACTIVE", 7, "code");
        assertThat(all).doesNotHaveDuplicates().isEqualTo(http.get("/api/v1/counties?status=ACTIVE&limit=1000")
                .<List<String>>json("$[*].code"));
        assertThat(HostileRequests.nextLink(http.get("/api/v1/counties?limit=1000"))).isNull();
        assertThat(HostileRequests.readAllPages(http, "/api/v1/provinces", 1, "code")).containsExactly("360000",
                "430000");
    }

    @Test
    void aBadLimitOrCursorIsRefusedNamingIt() {
        assertProblem(http.get("/api/v1/counties?limit=1001"), 400, "limit");
        assertProblem(http.get("/api/v1/counties?limit=0"), 400, "limit");
        assertProblem(http.get("/api/v1/counties?limit=abc"), 400, "limit");
        assertProblem(http.get("/api/v1/counties?cursor=not-a-cursor!"), 400, "cursor");
        assertProblem(http.get("/api/v1/counties?cursor=OTk5OTk5"), 400, "cursor");
        assertReady(http);
    }

    @Test
    void theApiDocumentDescribesPaging() {
        Response document = http.get("/v3/api-docs");
        assertThat(document.<List<String>>json("$.paths['/api/v1/counties'].get.parameters[*].name"))
                .contains("limit", "cursor");
        assertThat(document.<Object>json("$.paths['/api/v1/counties'].get.responses['200'].headers.Link"))
                .isNotNull();
    }

    private int units() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM county", Integer.class);
    }

    private static String unit(String code, String nameEn, String reason) {
        return """
                {"code":"%s","nameZh":"测试县","nameEn":"%s","kind":"COUNTY","reason":"%s"}"""
                .formatted(code, json(nameEn), json(reason));
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 0x20 || c > 0x7E ? "\\u%04x".formatted(c)
                : c == '"' || c == '\\' ? "\\" + (char) c : String.valueOf((char) c)));
        return escaped.toString();
    }
}
