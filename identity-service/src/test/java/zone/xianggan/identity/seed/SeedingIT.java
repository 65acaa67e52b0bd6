package zone.xianggan.identity.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import zone.xianggan.identity.Issuer;
import zone.xianggan.identity.IssuerProperties;

/**
 * The zone's agencies seeded on the first start, every secret written once to the credentials file (mode 600), and a
 * deployment's fixed secret ({@code zone.identity.seed-secrets.<id>}) taken instead of a generated one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zone.identity.seed-secrets.hunan-drc=fixed-hunan-secret-for-this-deployment",
        "zone.identity.seed-secrets.zonedashboard=relaxed-key-as-an-environment-variable-gives-it" })
class SeedingIT {

    private static final List<String> UNITS = List.of("liuyang", "liling", "youxian", "chaling", "yanling",
            "pingjiang", "anren", "yizhang", "rucheng", "guidong", "anyuan", "xiangdong", "lianhua", "shangli", "luxi",
            "xiushui", "yuanzhou", "wanzai", "tonggu", "jinggangshan", "suichuan", "yongxin", "shangyou", "chongyi");

    @LocalServerPort
    int port;

    @Autowired
    IssuerProperties properties;

    @Test
    void everySeededAgencysSecretIsInTheCredentialsFileReadableByItsOwnerOnly() throws Exception {
        Path file = properties.credentialsFile();
        String json = Files.readString(file, StandardCharsets.UTF_8);
        List<Map<String, String>> credentials = JsonPath.read(json, "$[*]");

        assertThat(credentials).hasSize(34);
        assertThat(credentials).extracting(entry -> entry.get("clientId")).containsAll(UNITS).contains("hunan-drc",
                "jiangxi-drc", "zone-office", "zone-operator", "demo-subscriber", "zone-dashboard",
                "registry-service", "indicators-service", "cooperation-service", "identity-service");
        assertThat(credentials).filteredOn(entry -> "liuyang".equals(entry.get("clientId"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("agencyKind", "UNIT_AGENCY")
                        .containsEntry("unit", "430181").doesNotContainKey("province"));
        assertThat(credentials).filteredOn(entry -> "jiangxi-drc".equals(entry.get("clientId"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("agencyKind", "PROVINCIAL_DRC")
                        .containsEntry("province", "360000").doesNotContainKey("unit"));
        assertThat(credentials).filteredOn(entry -> "zone-operator".equals(entry.get("clientId"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsOnlyKeys("clientId", "clientSecret", "agencyKind"));
        assertThat(credentials).extracting(entry -> entry.get("clientSecret")).doesNotHaveDuplicates()
                .allSatisfy(secret -> assertThat(secret).hasSizeGreaterThanOrEqualTo(32));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    properties.kafka().clientSecretFile()))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(properties.kafka().clientSecretFile()).strip())
                .isEqualTo(JsonPath.<List<String>>read(json, "$[?(@.clientId == 'identity-service')].clientSecret")
                        .getFirst());
    }

    @Test
    void aDeploymentsFixedSecretIsTaken() {
        Issuer issuer = Issuer.at(port, properties.credentialsFile());

        assertThat(issuer.secret("hunan-drc")).isEqualTo("fixed-hunan-secret-for-this-deployment");
        assertThat(issuer.secret("zone-dashboard")).isEqualTo("relaxed-key-as-an-environment-variable-gives-it");
    }

    @Test
    void everySeededSecretGetsAToken() {
        Issuer issuer = Issuer.at(port, properties.credentialsFile());

        for (String agency : List.of("hunan-drc", "zone-dashboard", "chongyi", "identity-service",
                "cooperation-service")) {
            assertThat(issuer.token(agency)).as(agency).isNotBlank();
        }
    }
}
