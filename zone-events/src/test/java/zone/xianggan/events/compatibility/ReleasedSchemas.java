package zone.xianggan.events.compatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.events.EventSchemas;
import zone.xianggan.events.EventType;

/**
 * Every revision of each event schema as released, kept so that a change can be checked against all of them:
 * {@code released/<area>/<name>.v1/<n>.schema.json} in the test resources, beside the class-path location of the
 * schema itself ({@code schemas/<area>/<name>.v1.schema.json}), numbered from 1. A released revision is never edited;
 * releasing a compatible change adds the next number.
 */
final class ReleasedSchemas {

    static final String ROOT = "zone/xianggan/events/released/";
    private static final String SOURCE_ROOT = "zone-events/src/test/resources/";
    private static final Pattern REVISION_FILE = Pattern.compile("([1-9][0-9]*)\\.schema\\.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Revision(int number, JsonNode schema) {
    }

    private ReleasedSchemas() {
    }

    /** The type's released revisions, the first first; empty where it has never been released. */
    static List<Revision> revisions(EventType type) {
        return fileNames(type).stream()
                .map(REVISION_FILE::matcher)
                .filter(Matcher::matches)
                .map(file -> new Revision(Integer.parseInt(file.group(1)), read(directory(type).resolve(file.group()))))
                .sorted(Comparator.comparingInt(Revision::number))
                .toList();
    }

    /** Every file in the type's directory of revisions, whatever its name. */
    static List<String> fileNames(EventType type) {
        Path directory = directory(type);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the next revision of the type's schema goes, for a developer to copy the schema to. */
    static String nextRevisionSource(EventType type) {
        return SOURCE_ROOT + ROOT + name(type) + "/" + (revisions(type).size() + 1) + ".schema.json";
    }

    static JsonNode current(EventType type) {
        return parse(EventSchemas.text(type));
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** {@code <area>/<name>.v1}, as in the schema's own resource name. */
    private static String name(EventType type) {
        return type.schemaResource()
                .replaceFirst("^zone/xianggan/events/schemas/", "")
                .replaceFirst("\\.schema\\.json$", "");
    }

    private static Path directory(EventType type) {
        URL root = ReleasedSchemas.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            throw new IllegalStateException("no " + ROOT + " on the test class path");
        }
        try {
            return Path.of(root.toURI()).resolve(name(type));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
