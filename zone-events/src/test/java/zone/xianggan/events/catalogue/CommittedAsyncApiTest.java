package zone.xianggan.events.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/asyncapi.json} is the catalogue as the build generates it, so that a change of topics, types or schemas
 * shows in review as a change of the document. {@code -Dasyncapi.update=true} writes it anew.
 */
class CommittedAsyncApiTest {

    private static final Path COMMITTED = Path.of("../docs/asyncapi.json");

    @Test
    void theCommittedDocumentIsTheOneTheZoneGenerates() throws Exception {
        String generated = ZoneAsyncApi.json(AsyncApiSite.ISSUER, Optional.of(AsyncApiSite.LAYOUT));
        if (Boolean.getBoolean("asyncapi.update")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/asyncapi.json is stale: ./mvnw -pl zone-events -am test -Dtest=CommittedAsyncApiTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Dasyncapi.update=true writes it anew")
                .isEqualTo(generated);
    }
}
