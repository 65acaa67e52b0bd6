package zone.xianggan.identity.agency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static zone.xianggan.testsupport.HostileRequests.assertProblem;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import zone.xianggan.identity.Issuer;
import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.testsupport.HostileRequests;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * What an attacker sends the register of agencies: each refused with a problem detail naming the field, nothing
 * written, the issuer still ready, and the next good registration taken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT {

    private static final String AGENCIES = "/api/v1/agencies";

    @LocalServerPort
    int port;

    @Autowired
    IssuerProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    Issuer issuer;
    ZoneHttp http;

    @BeforeEach
    void issuer() {
        issuer = Issuer.at(port, properties.credentialsFile());
        http = issuer.http();
    }

    @Test
    void genericAttacksAreRefusedNamingTheFieldWithoutWritingAnything() {
        int agencies = agencies();
        HostileRequests.refuseGenericAttacks(port, "POST", AGENCIES, issuer.token("zone-office"),
                HostileRequests.DEFAULT_BODY_LIMIT, "nameEn");
        assertThat(agencies()).isEqualTo(agencies);
        assertReady();
        assertThat(http.post(AGENCIES, subscriber("after-attacks", "Reader"), issuer.bearer("zone-office"))
                .status()).isEqualTo(201);
    }

    @Test
    void invisibleOrControlCharactersInAnAgencysNameAreRefusedNamingIt() {
        int agencies = agencies();
        for (String name : List.of("Reader\\u202E", "Rea\\u200Bder", "Reader\\u0000", "Reader\\nTwo",
                "x".repeat(201))) {
            assertProblem(http.post(AGENCIES, subscriber("hostile-name", name), issuer.bearer("zone-office")), 422,
                    "nameEn");
        }
        assertProblem(http.post(AGENCIES, subscriber("hostile-reason", "Reader").replace("}",
                ",\"reason\":\"why\\u2066\"}"), issuer.bearer("zone-office")), 422, "reason");
        assertThat(agencies()).isEqualTo(agencies);
        assertReady();
    }

    @Test
    void agenciesComeInPages() {
        List<String> all = HostileRequests.readAllPages(http.withToken(issuer.token("zone-office")), AGENCIES, 5,
                "id");
        assertThat(all).doesNotHaveDuplicates().hasSize(agencies());
        assertProblem(http.get(AGENCIES + "?limit=0", issuer.bearer("zone-office")), 400, "limit");
        assertProblem(http.get(AGENCIES + "?cursor=bm8tc3VjaA", issuer.bearer("zone-office")), 400, "cursor");
    }

    private void assertReady() {
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    private int agencies() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM agency", Integer.class);
    }

    private static String subscriber(String id, String nameEn) {
        return """
                {"id":"%s","kind":"SUBSCRIBER","nameZh":"测试","nameEn":"%s"}""".formatted(id, nameEn);
    }
}
