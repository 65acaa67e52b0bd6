package zone.xianggan.registry.layout.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneServiceTest;

@ZoneServiceTest
@DirtiesContext
class LayoutApiIT {

    @LocalServerPort
    int port;

    ZoneHttp http;

    @BeforeEach
    void client() {
        http = ZoneHttp.at("http://127.0.0.1:" + port).as("zone-office/planner");
    }

    @Test
    void theZoneOfficeSetsTheCoresMembersChangingOnlyTheUnitsThatJoinOrLeave() {
        Response set = http.put("/api/v1/spatial-elements/jinggangshan-core/members", """
                {"members":["360881","360827"],"reason":"zone office decision on the Jinggangshan area"}""",
                "If-Match", "\"1\"");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.etag()).isEqualTo("\"2\"");
        assertThat(set.<List<String>>json("$.members")).containsExactly("360827", "360881");
        Response jinggangshan = http.get("/api/v1/counties/360881");
        assertThat(jinggangshan.<List<String>>json("$.spatialElements")).containsExactly("jinggangshan-core");
        assertThat(jinggangshan.etag()).isEqualTo("\"2\"");
        assertThat(http.get("/api/v1/counties/360881/history").<List<String>>json("$[*].changeType"))
                .containsExactly("SEEDED", "MEMBERSHIP_CHANGED");
        assertThat(http.get("/api/v1/counties?cluster=jinggangshan-core").<List<String>>json("$[*].code"))
                .containsExactly("360827", "360881");

        Response narrowed = http.put("/api/v1/spatial-elements/jinggangshan-core/members", """
                {"members":["360881"],"reason":"Suichuan is outside the core"}""", "If-Match", "\"2\"");

        assertThat(narrowed.<List<String>>json("$.members")).containsExactly("360881");
        assertThat(http.get("/api/v1/counties/360827").<List<String>>json("$.spatialElements")).isEmpty();
        assertThat(http.get("/api/v1/counties/360881").etag()).as("unchanged member").isEqualTo("\"2\"");
        Response history = http.get("/api/v1/spatial-elements/jinggangshan-core/history");
        assertThat(history.<List<List<String>>>json("$[*].left")).containsExactly(List.of(), List.of("360827"));
        assertThat(history.<List<String>>json("$[*].actor")).containsOnly("zone-office");
        assertThat(history.<List<String>>json("$[*].person")).containsOnly("planner");
    }

    @Test
    void refusesBadMembersNamingTheEntryWithoutWritingAnything() {
        String zone = "/api/v1/spatial-elements/yangtze-pearl-ecological-corridor/members";

        Response malformed = http.put(zone, """
                {"members":["360881","36088"],"reason":"r"}""", "If-Match", "\"1\"");
        Response unknown = http.put(zone, """
                {"members":["360881","360899"],"reason":"r"}""", "If-Match", "\"1\"");
        Response twice = http.put(zone, """
                {"members":["360881","360881"],"reason":"r"}""", "If-Match", "\"1\"");
        Response noReason = http.put(zone, """
                {"members":["360881"]}""", "If-Match", "\"1\"");
        Response stale = http.put(zone, """
                {"members":["360881"],"reason":"r"}""", "If-Match", "\"7\"");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problemFields()).containsExactly("members[1]");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problemFields()).containsExactly("members[1]");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.problemFields()).containsExactly("members[1]");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.put("/api/v1/spatial-elements/nowhere/members", """
                {"members":[],"reason":"r"}""", "If-Match", "\"1\"").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/spatial-elements/yangtze-pearl-ecological-corridor").etag()).isEqualTo("\"1\"");
        assertThat(http.get("/api/v1/counties/360881/history").<List<String>>json("$[*].changeType"))
                .doesNotContain("RETIRED").hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aRetiredUnitStaysOnRecordButCannotJoin() {
        http.post("/api/v1/counties", """
                {"code":"360403","nameZh":"某区","nameEn":"Test district","kind":"DISTRICT"}""");
        http.put("/api/v1/spatial-elements/luoxiao-nanling-ecological-conservation-zone/members", """
                {"members":["360403"],"reason":"test"}""", "If-Match", "\"1\"");
        http.post("/api/v1/counties/360403/retirement", """
                {"reason":"test"}""", "If-Match", "\"2\"");

        Response element = http.get("/api/v1/spatial-elements/luoxiao-nanling-ecological-conservation-zone");
        assertThat(element.<List<String>>json("$.members")).isEmpty();
        assertThat(element.<List<String>>json("$.retiredMembers")).containsExactly("360403");

        Response rejoin = http.put("/api/v1/spatial-elements/luoxiao-nanling-ecological-conservation-zone/members",
                """
                {"members":["360403"],"reason":"test"}""", "If-Match", element.etag());
        assertThat(rejoin.status()).isEqualTo(422);
        assertThat(rejoin.problemFields()).containsExactly("members[0]");
    }
}
