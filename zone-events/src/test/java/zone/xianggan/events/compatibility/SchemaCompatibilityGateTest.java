package zone.xianggan.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import zone.xianggan.events.EventType;
import zone.xianggan.events.compatibility.ReleasedSchemas.Revision;

/**
 * The build gate on the published language: a {@code …v1} schema changes only as FULL_TRANSITIVE allows
 * ({@link FullCompatibility}), and every form in which it is published is kept as a released revision, so that the
 * next change is checked against it too.
 */
class SchemaCompatibilityGateTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsReleasedExplicitly(EventType type) {
        assertThat(ReleasedSchemas.revisions(type))
                .withFailMessage("%s has no released revision: release its schema by copying it to %s", type,
                        ReleasedSchemas.nextRevisionSource(type))
                .isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theCurrentSchemaBreaksNoReleasedRevision(EventType type) {
        List<String> broken = new ArrayList<>();
        for (Revision revision : ReleasedSchemas.revisions(type)) {
            List<BreakingChange> changes = FullCompatibility.breakingChanges(revision.schema(),
                    ReleasedSchemas.current(type));
            if (!changes.isEmpty()) {
                broken.add("against released revision " + revision.number() + ":\n  "
                        + String.join("\n  ", changes.stream().map(BreakingChange::toString).toList()));
            }
        }
        assertThat(broken)
                .withFailMessage("%s (%s): the current schema would break subscribers; keep the change out of v1 "
                        + "(a breaking change is a new …v2 type and topic, docs/events.md)%n%s", type, type.ceType(),
                        String.join("\n", broken))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theCurrentSchemaIsReleasedAsItsLatestRevision(EventType type) {
        List<Revision> revisions = ReleasedSchemas.revisions(type);
        assertThat(revisions.isEmpty() ? null : revisions.getLast().schema())
                .withFailMessage("%s: the schema differs from its latest released revision; once it is compatible, "
                        + "release it by copying it to %s", type, ReleasedSchemas.nextRevisionSource(type))
                .isEqualTo(ReleasedSchemas.current(type));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachReleasedRevisionIsFullyCompatibleWithEveryEarlierOne(EventType type) {
        List<Revision> revisions = ReleasedSchemas.revisions(type);
        for (Revision later : revisions) {
            for (Revision earlier : revisions.stream().filter(r -> r.number() < later.number()).toList()) {
                assertThat(FullCompatibility.breakingChanges(earlier.schema(), later.schema()))
                        .as("%s: released revision %d against %d", type, later.number(), earlier.number())
                        .isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void revisionsAreNumberedFromOneWithoutGaps(EventType type) {
        List<String> expected = IntStream.rangeClosed(1, ReleasedSchemas.fileNames(type).size())
                .mapToObj(number -> number + ".schema.json").sorted().toList();
        assertThat(ReleasedSchemas.fileNames(type)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyRevisionIsOfTheTypesSchema(EventType type) {
        assertThat(ReleasedSchemas.revisions(type))
                .allSatisfy(revision -> assertThat(revision.schema().get("$id").asString())
                        .isEqualTo(type.dataSchema().toString()));
    }
}
