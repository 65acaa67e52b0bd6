package zone.xianggan.identity.seed;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.identity.PrivateFiles;
import zone.xianggan.identity.agency.application.IssuedSecret;

/**
 * The seeded agencies' plain secrets, written once, at seeding, to {@code zone.identity.credentials-file}
 * (mode 600): how a local zone's operator, scripts and services learn them. Never committed anywhere; replaced when
 * an empty database is seeded again.
 */
final class CredentialsFile {

    private CredentialsFile() {
    }

    static void write(Path file, List<IssuedSecret> issued, JsonMapper json) {
        List<Credential> credentials = issued.stream().map(Credential::of).toList();
        PrivateFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(credentials) + "\n");
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Credential(String clientId, String clientSecret, String agencyKind, String unit, String province) {

        static Credential of(IssuedSecret issued) {
            return new Credential(issued.account().id(), issued.clientSecret(), issued.account().kind().name(),
                    issued.account().unit(), issued.account().province());
        }

        @Override
        public String toString() {
            return "Credential[" + clientId + "]";
        }
    }
}
