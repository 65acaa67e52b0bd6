package zone.xianggan.registry.county.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import io.micrometer.core.instrument.MeterRegistry;

import zone.xianggan.testsupport.OutboxEvents;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneHttp.Response;
import zone.xianggan.testsupport.ZoneServiceTest;

@ZoneServiceTest
@DirtiesContext
class CountyApiIT {

    private static final String JSON_PROBLEM = "application/problem+json";

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
    void refusesMalformedFiltersNamingTheParameter() {
        Response badKind = http.get("/api/v1/counties?kind=TOWN");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.problemFields()).containsExactly("kind");
        assertThat(http.get("/api/v1/counties?province=43").problemFields()).containsExactly("province");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        Response unknown = http.get("/api/v1/counties/430999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(JSON_PROBLEM);
    }

    @Test
    void aMalformedCodeIsABadRequestNamingTheField() {
        Response malformed = http.get("/api/v1/counties/43018x");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith(JSON_PROBLEM);
        assertThat(malformed.problemFields()).containsExactly("code");
    }

    @Test
    void registersANewUnit() {
        Response created = http.post("/api/v1/counties", """
                {"code":"430182","nameZh":"宁乡市","nameEn":"Ningxiang","kind":"COUNTY_LEVEL_CITY",
                 "reason":"test registration"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasToString("/api/v1/counties/430182");
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(created.<String>json("$.provinceCode")).isEqualTo("430000");
        assertThat(created.<String>json("$.prefectureCode")).isEqualTo("430100");
        assertThat(http.get("/api/v1/counties/430182").<String>json("$.nameZh")).isEqualTo("宁乡市");
        Response history = http.get("/api/v1/counties/430182/history");
        assertThat(history.<List<String>>json("$[*].actor")).containsExactly("zone-office");
        assertThat(history.<List<String>>json("$[*].person")).containsExactly("tester");
    }

    @Test
    void refusesABadRegistrationNamingTheFieldWithoutWritingAnything() {
        long before = countRows();

        assertRefused(http.post("/api/v1/counties", registration("43018", "COUNTY")), 400, "code");
        assertRefused(http.post("/api/v1/counties", registration("110101", "COUNTY")), 422, "code");
        assertRefused(http.post("/api/v1/counties", registration("430321", "COUNTY")), 422, "code");
        assertRefused(http.post("/api/v1/counties", registration("430183", "TOWN")), 400, "kind");
        assertRefused(http.post("/api/v1/counties", """
                {"code":"430183","nameZh":"","nameEn":" ","kind":"COUNTY"}"""), 422, "nameZh", "nameEn");
        assertRefused(http.post("/api/v1/counties", """
                {"code":"430183","nameZh":"某县","nameEn":"Mou","kind":"COUNTY","provinceCode":"360000"}"""), 422,
                "provinceCode");
        assertRefused(http.post("/api/v1/counties", """
                {"code":"430183","nameZh":"某县","nameEn":"Mou","kind":"COUNTY","population":1}"""), 400,
                "population");
        assertRefused(http.post("/api/v1/counties", "{\"code\":"), 400, "body");
        assertThat(http.post("/api/v1/counties", registration("430181", "COUNTY")).status()).isEqualTo(409);

        assertThat(countRows()).isEqualTo(before);
    }

    @Test
    void revisesAUnitAgainstTheVersionRead() {
        Response revised = reviseEnglishName("430224", "Chaling County", "spelling per the plan");

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.etag()).isEqualTo("\"2\"");
        assertThat(revised.<String>json("$.nameEn")).isEqualTo("Chaling County");
    }

    @Test
    void aRevisionIsRecordedInTheUnitsHistory() {
        reviseEnglishName("431027", "Guidong County", "spelling per the plan");

        Response history = http.get("/api/v1/counties/431027/history");
        assertThat(history.<List<String>>json("$[*].changeType")).containsExactly("SEEDED", "REVISED");
        assertThat(history.<String>json("$[1].actor")).isEqualTo("zone-office");
        assertThat(history.<String>json("$[1].person")).isEqualTo("tester");
        assertThat(history.<String>json("$[1].reason")).isEqualTo("spelling per the plan");
        assertThat(history.<Map<String, Object>>json("$[1].changes.nameEn"))
                .containsEntry("from", "Guidong").containsEntry("to", "Guidong County");
    }

    @Test
    void theUnitAsReadCanBeSentBackWithOnlyItsNamesChanged() {
        Response read = http.get("/api/v1/counties/430225");

        Response revised = http.put("/api/v1/counties/430225", renamed(read, "Yanling", "Yanling County"),
                "If-Match", read.etag());

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    }

    @Test
    void theSameRevisionSentAgainChangesNothing() {
        Response read = http.get("/api/v1/counties/430223");
        String edited = renamed(read, "Youxian", "Youxian County");

        Response revised = http.put("/api/v1/counties/430223", edited, "If-Match", read.etag());
        Response again = http.put("/api/v1/counties/430223", edited.replace("\"version\":1", "\"version\":2"),
                "If-Match", revised.etag());

        assertThat(revised.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.etag()).isEqualTo("\"2\"");
        assertThat(http.get("/api/v1/counties/430223/history").<List<Object>>json("$[*].version")).hasSize(2);
    }

    @Test
    void aStaleMissingOrMalformedIfMatchIsRefusedWithoutWritingAnything() {
        String body = """
                {"nameZh":"安仁县","nameEn":"Anren County","kind":"COUNTY"}""";
        http.put("/api/v1/counties/431028", body, "If-Match", "\"1\"");

        Response stale = http.put("/api/v1/counties/431028", body.replace("Anren County", "Anren X"), "If-Match",
                "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.<Integer>json("$.currentVersion")).isEqualTo(2);
        assertThat(stale.contentType()).startsWith(JSON_PROBLEM);
        assertThat(http.put("/api/v1/counties/431028", body).status()).isEqualTo(428);
        assertRefused(http.put("/api/v1/counties/431028", body, "If-Match", "yesterday"), 400, "If-Match");
        assertThat(http.get("/api/v1/counties/431028").<String>json("$.nameEn")).isEqualTo("Anren County");
    }

    @Test
    void readOnlyFieldsCannotBeChangedByAnUpdate() {
        Response read = http.get("/api/v1/counties/431022");
        String moved = read.body().replace("\"clusters\":[\"guidong-suichuan-shangyou-chongyi-rucheng-yizhang\"]",
                "\"clusters\":[]").replace("\"status\":\"ACTIVE\"", "\"status\":\"RETIRED\"");

        assertRefused(http.put("/api/v1/counties/431022", moved, "If-Match", read.etag()), 422, "clusters", "status");
        assertThat(http.get("/api/v1/counties/431022").etag()).isEqualTo("\"1\"");
    }

    @Test
    void retiresAUnitThatStaysOnRecordWithItsSuccessor() {
        Response retired = registeredAndRetired("431081", "COUNTY_LEVEL_CITY");

        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.etag()).isEqualTo("\"2\"");
        Response read = http.get("/api/v1/counties/431081");
        assertThat(read.<String>json("$.status")).isEqualTo("RETIRED");
        assertThat(read.<String>json("$.successorCode")).isEqualTo("431028");
        assertThat(read.<String>json("$.retiredOn")).isEqualTo("2026-01-01");
        assertThat(http.get("/api/v1/counties?status=RETIRED").<List<Object>>json("$[*].code")).contains("431081");
        assertThat(http.get("/api/v1/counties/431081/history").<List<String>>json("$[*].changeType"))
                .containsExactly("REGISTERED", "RETIRED");
    }

    @Test
    void aRetiredUnitIsNeitherRetiredAgainNorRevised() {
        registeredAndRetired("431025", "COUNTY");

        Response again = http.post("/api/v1/counties/431025/retirement", """
                {"reason":"again"}""", "If-Match", "\"2\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.put("/api/v1/counties/431025", """
                {"nameZh":"某县","nameEn":"Mou County","kind":"COUNTY"}""", "If-Match", "\"2\"")
                .status()).isEqualTo(409);
    }

    @Test
    void updatedAfterGivesTheUnitsChangedSinceInChangeOrderRetirementsIncluded() {
        http.post("/api/v1/counties", registration("431023", "COUNTY"));
        String since = http.get("/api/v1/counties/431023").json("$.changedAt");
        http.post("/api/v1/counties", registration("431024", "COUNTY"));
        http.post("/api/v1/counties/431023/retirement", "{\"reason\":\"test merger\"}", "If-Match", "\"1\"");

        List<Response> pages = http.getEveryPage("/api/v1/counties?limit=1&updatedAfter=" + since);

        assertThat(pages).hasSize(2);
        assertThat(pages).flatMap(page -> page.<List<String>>json("$[*].code")).containsExactly("431024", "431023");
        assertThat(pages.getLast().<String>json("$[0].status")).isEqualTo("RETIRED");
        assertThat(pages.getLast().<Integer>json("$[0].version")).isEqualTo(2);
        assertThat(http.get("/api/v1/counties?status=ACTIVE&updatedAfter=" + since).<List<String>>json("$[*].code"))
                .containsExactly("431024");
        assertRefused(http.get("/api/v1/counties?updatedAfter=last-week"), 400, "updatedAfter");
    }

    @Test
    void refusesARetirementWithoutReasonOrWithABadSuccessor() {
        assertRefused(http.post("/api/v1/counties/360725/retirement", "{}", "If-Match", "\"1\""), 422, "reason");
        assertRefused(http.post("/api/v1/counties/360725/retirement", """
                {"successorCode":"360799","reason":"merger"}""", "If-Match", "\"1\""), 422, "successorCode");
        assertRefused(http.post("/api/v1/counties/360725/retirement", """
                {"successorCode":"360725","reason":"merger"}""", "If-Match", "\"1\""), 422, "successorCode");
        assertRefused(http.post("/api/v1/counties/360725/retirement", """
                {"successorCode":"36072","reason":"merger"}""", "If-Match", "\"1\""), 400, "successorCode");
        assertThat(http.get("/api/v1/counties/360725").<String>json("$.status")).isEqualTo("ACTIVE");
    }

    /** Revises the unit's English name against the version just read, leaving the rest as it is. */
    private Response reviseEnglishName(String code, String nameEn, String reason) {
        Response read = http.get("/api/v1/counties/" + code);
        return http.put("/api/v1/counties/" + code, """
                {"nameZh":"%s","nameEn":"%s","kind":"%s","reason":"%s"}""".formatted(read.<String>json("$.nameZh"),
                nameEn, read.<String>json("$.kind"), reason), "If-Match", read.etag());
    }

    /** The unit as read, its English name changed and everything else (read-only fields too) as it came. */
    private static String renamed(Response read, String nameEn, String newNameEn) {
        return read.body().replace("\"" + nameEn + "\"", "\"" + newNameEn + "\"");
    }

    /** A county of Chenzhou registered and then retired into Anren on the first of 2026. */
    private Response registeredAndRetired(String code, String kind) {
        http.post("/api/v1/counties", registration(code, kind));
        return http.post("/api/v1/counties/" + code + "/retirement", """
                {"successorCode":"431028","retiredOn":"2026-01-01","reason":"test merger"}""", "If-Match", "\"1\"");
    }

    private static String registration(String code, String kind) {
        return """
                {"code":"%s","nameZh":"某县","nameEn":"Mou","kind":"%s"}""".formatted(code, kind);
    }

    private static void assertRefused(Response response, int status, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(JSON_PROBLEM);
        assertThat(response.problemFields()).containsExactly(fields);
    }

    /** Rows a change writes, and the events committed to the outbox. */
    private long countRows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM county) + (SELECT COUNT(*) FROM county_change)",
                Long.class) + OutboxEvents.appended(meters);
    }
}
