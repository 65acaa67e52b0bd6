package zone.xianggan.events.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncApiSiteTest {

    @Test
    void thePageCarriesTheDocumentForARendererBesideIt(@TempDir Path site) throws Exception {
        AsyncApiSite.main(new String[] { site.toString() });

        String page = Files.readString(site.resolve("index.html"));
        assertThat(page).contains("<script src=\"index.js\">", "href=\"default.min.css\"",
                "\"asyncapi\" : \"3.0.0\"");
        assertThat(Files.readString(site.resolve("asyncapi.json"))).startsWith("{");
    }

    @Test
    void noTextInTheDocumentCanEndThePagesScript() throws Exception {
        assertThat(AsyncApiSite.page("{\"description\":\"</script><script>alert(1)\"}"))
                .doesNotContain("</script><script>alert").contains("<\\/script>");
    }
}
