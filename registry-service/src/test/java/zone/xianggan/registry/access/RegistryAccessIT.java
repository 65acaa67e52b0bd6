package zone.xianggan.registry.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.testsupport.ForgedTokens;
import zone.xianggan.testsupport.OutboxEvents;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneIssuer;
import zone.xianggan.testsupport.ZoneServiceTest;

/**
 * Who may change the registry, over real HTTP with tokens from the real issuer: the DRC of a unit's province and the
 * zone office change units, the zone office alone sets the members of spatial elements; anyone else is refused with
 * 403 naming the rule, anyone without a valid token with 401, and a refused request writes nothing.
 */
@ZoneServiceTest
class RegistryAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    ZoneHttp zone;

    @BeforeEach
    void client() {
        zone = ZoneHttp.at("http://127.0.0.1:" + port);
    }

    /** Agencies that may not change Liuyang (430181, Hunan). */
    static Stream<String> mayNotChangeAHunanUnit() {
        return Stream.of("jiangxi-drc", "liuyang", "liling", "demo-subscriber", "zone-operator", "registry-service");
    }

    @ParameterizedTest
    @MethodSource("mayNotChangeAHunanUnit")
    void onlyTheProvincesDrcOrTheZoneOfficeChangesAUnit(String agency) {
        ZoneHttp caller = zone.as(agency);
        long before = rowsWritten();

        assertNotPermitted(caller.post("/api/v1/counties", """
                {"code":"430182","nameZh":"宁乡市","nameEn":"Ningxiang","kind":"COUNTY_LEVEL_CITY"}"""));
        assertNotPermitted(caller.put("/api/v1/counties/430181", """
                {"nameZh":"浏阳市","nameEn":"Liuyang (forged)","kind":"COUNTY_LEVEL_CITY"}""", "If-Match", "\"1\""));
        assertNotPermitted(caller.post("/api/v1/counties/430181/retirement", """
                {"reason":"forged"}""", "If-Match", "\"1\""));

        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(zone.get("/api/v1/counties/430181").<String>json("$.status")).isEqualTo("ACTIVE");
    }

    @ParameterizedTest
    @MethodSource("mayChangeAHunanUnit")
    void eitherTheDrcOfTheUnitsProvinceOrTheZoneOfficeMayReviseIt(String agency, String code) {
        Response revised = zone.as(agency).put("/api/v1/counties/" + code, """
                {"nameZh":"醴陵市","nameEn":"Liling, checked by %s","kind":"COUNTY_LEVEL_CITY"}""".formatted(agency),
                "If-Match", zone.get("/api/v1/counties/" + code).etag());

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.<String>json("$.changedBy")).isEqualTo(agency);
    }

    static Stream<Arguments> mayChangeAHunanUnit() {
        return Stream.of(Arguments.of("hunan-drc", "430281"), Arguments.of("zone-office", "430281"));
    }

    @Test
    void aDrcRegistersOnlyInItsOwnProvince() {
        Response inJiangxi = zone.as("hunan-drc").post("/api/v1/counties", """
                {"code":"360999","nameZh":"某县","nameEn":"Mou","kind":"COUNTY"}""");

        assertNotPermitted(inJiangxi);
        assertThat(inJiangxi.<String>json("$.rule")).contains("360000");
    }

    @ParameterizedTest
    @MethodSource("mayNotSetMembers")
    void onlyTheZoneOfficeSetsTheMembersOfSpatialElements(String agency) {
        long before = rowsWritten();

        assertNotPermitted(zone.as(agency).put("/api/v1/spatial-elements/jinggangshan-core/members", """
                {"members":["360881"],"reason":"forged"}""", "If-Match", "\"1\""));

        assertThat(rowsWritten()).isEqualTo(before);
    }

    static Stream<String> mayNotSetMembers() {
        return Stream.of("hunan-drc", "jiangxi-drc", "jinggangshan", "demo-subscriber", "zone-operator");
    }

    @Test
    void whoeverTheXActorHeaderNamesTheChangeIsTheCallingAgencys() {
        Response revised = zone.as("hunan-drc", "system:seed").put("/api/v1/counties/430626", """
                {"nameZh":"平江县","nameEn":"Pingjiang County","kind":"COUNTY"}""", "If-Match", "\"1\"");

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        Response history = zone.get("/api/v1/counties/430626/history");
        assertThat(history.<String>json("$[1].actor")).isEqualTo("hunan-drc");
        assertThat(history.<String>json("$[1].person")).isEqualTo("system:seed");
        assertThat(revised.<String>json("$.changedBy")).isEqualTo("hunan-drc");
        assertThat(revised.<String>json("$.changedByPerson")).isEqualTo("system:seed");
    }

    @Test
    void everyAgencyReads() {
        assertThat(zone.as("liuyang").get("/api/v1/counties").status()).isEqualTo(200);
        assertThat(zone.as("demo-subscriber").get("/api/v1/zone").status()).isEqualTo(200);
    }

    @Test
    void noOneReadsWithoutAValidToken() {
        for (ZoneHttp outsider : List.of(zone.anonymous(),
                zone.withToken(ForgedTokens.signedByUnknownKey(ZoneIssuer.shared().issuer())),
                zone.withToken(ForgedTokens.fromAnotherIssuer("https://issuer.example.org")),
                zone.withToken("not-a-token"))) {
            Response read = outsider.get("/api/v1/counties");
            assertThat(read.status()).as(read.toString()).isEqualTo(401);
            assertThat(read.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void aTokenIsRefusedOnceItHasExpired() {
        String token = ZoneIssuer.shared().requestToken("demo-subscriber",
                ZoneIssuer.shared().secret("demo-subscriber")).value();
        ZoneHttp holder = zone.withToken(token);
        assertThat(holder.get("/api/v1/counties/430181").status()).isEqualTo(200);

        await().atMost(ZoneIssuer.TOKEN_LIFETIME.multipliedBy(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> holder.get("/api/v1/counties/430181").status() == 401);
        assertThat(holder.get("/api/v1/counties/430181").headers().getFirst("WWW-Authenticate"))
                .contains("invalid_token");
    }

    @Test
    void writesWithoutAValidTokenAreRefusedWithoutWritingAnything() {
        long before = rowsWritten();

        Response unsigned = zone.anonymous().put("/api/v1/counties/430181", """
                {"nameZh":"浏阳市","nameEn":"Forged","kind":"COUNTY_LEVEL_CITY"}""", "If-Match", "\"1\"");
        Response forged = zone.withToken(ForgedTokens.signedByUnknownKey(ZoneIssuer.shared().issuer()))
                .put("/api/v1/counties/430181", """
                        {"nameZh":"浏阳市","nameEn":"Forged","kind":"COUNTY_LEVEL_CITY"}""", "If-Match", "\"1\"");

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void healthProbesStayOpenToAnyone() {
        assertThat(zone.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(zone.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void operationsEndpointsAreTheOperatorsOnly() {
        assertThat(zone.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        Response asOffice = zone.as("zone-office").get("/actuator/prometheus");
        assertThat(asOffice.status()).isEqualTo(403);
        assertThat(asOffice.<String>json("$.rule")).contains("zone.ops");
        assertThat(zone.as("zone-operator").get("/actuator/prometheus").status()).isEqualTo(200);
    }

    private static void assertNotPermitted(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.rule")).isNotBlank();
    }

    private long rowsWritten() {
        return jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM county) + (SELECT COUNT(*) FROM county_change)
                     + (SELECT COUNT(*) FROM spatial_element_change)""", Long.class) + OutboxEvents.appended(meters);
    }
}
