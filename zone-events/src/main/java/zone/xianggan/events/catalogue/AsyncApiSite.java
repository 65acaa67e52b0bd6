package zone.xianggan.events.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the catalogue the build publishes: {@code asyncapi.json} and {@code index.html}, a page that renders it with
 * AsyncAPI's own renderer ({@code index.js} and {@code default.min.css}, which the build puts beside it).
 *
 * <p>Arguments: the directory to write, then optionally the issuer, partitions and replicas it states (by default
 * {@link #ISSUER} and {@link #LAYOUT}, a production cluster of three brokers).
 */
public final class AsyncApiSite {

    /** The production issuer's placeholder, beside the production broker's ({@code ZoneServers}). */
    public static final String ISSUER = "https://identity.zone.example";
    /** Three partitions and three replicas, as {@code docker-compose.cluster.yml} deploys the zone. */
    public static final TopicLayout LAYOUT = new TopicLayout(3, 3);

    private AsyncApiSite() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && args.length != 4) {
            throw new IllegalArgumentException("usage: AsyncApiSite <directory> [<issuer> <partitions> <replicas>]");
        }
        String issuer = args.length == 4 ? args[1] : ISSUER;
        TopicLayout layout = args.length == 4
                ? new TopicLayout(Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                : LAYOUT;
        write(Path.of(args[0]), ZoneAsyncApi.json(issuer, Optional.of(layout)));
    }

    static void write(Path directory, String document) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("asyncapi.json"), document, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("index.html"), page(document), StandardCharsets.UTF_8);
    }

    /** The page with the document inlined; {@code </} is escaped so that no text in it can end the script. */
    static String page(String document) throws IOException {
        try (InputStream in = AsyncApiSite.class.getResourceAsStream("asyncapi.html")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return template.replace("{{document}}", document.strip().replace("</", "<\\/"));
        }
    }
}
