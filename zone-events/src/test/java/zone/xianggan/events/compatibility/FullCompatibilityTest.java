package zone.xianggan.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.CONSTRAINT_TIGHTENED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.ENUM_VALUE_REMOVED;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.PROPERTY_MADE_OPTIONAL;
import static zone.xianggan.events.compatibility.BreakingChange.Kind.TYPE_WIDENED;

import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.compatibility.BreakingChange.Broken;

class FullCompatibilityTest {

    /** A released schema with each construct the zone's schemas use. */
    private static final String RELEASED = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "urn:test:county.v1",
              "title": "County",
              "description": "One county",
              "type": "object",
              "required": ["code", "kind", "version"],
              "properties": {
                "code": { "type": "string", "pattern": "^[0-9]{6}$" },
                "kind": { "type": "string", "enum": ["COUNTY", "DISTRICT"] },
                "name": { "type": "string", "minLength": 1, "maxLength": 40 },
                "version": { "type": "integer", "minimum": 1 },
                "population": { "type": "number" },
                "successorCode": { "type": ["string", "null"] },
                "retiredOn": { "type": ["string", "null"], "format": "date" },
                "currency": { "const": "CNY" },
                "status": { "$ref": "#/$defs/status" },
                "previousStatus": { "oneOf": [{ "$ref": "#/$defs/status" }, { "type": "null" }] },
                "clusters": { "type": "array", "items": { "$ref": "#/$defs/clusterId" }, "uniqueItems": true },
                "seat": {
                  "type": "object",
                  "required": ["town"],
                  "properties": { "town": { "type": "string" }, "street": { "type": "string" } }
                }
              },
              "$defs": {
                "status": { "type": "string", "enum": ["ACTIVE", "RETIRED"] },
                "clusterId": { "type": "string", "minLength": 1 }
              }
            }""";

    @Test
    void anUnchangedSchemaBreaksNothing() {
        assertThat(breaks(RELEASED)).isEmpty();
    }

    @Test
    void annotationsMayChange() {
        assertThat(breaks(changed("\"description\": \"One county\"",
                "\"description\": \"One county-level unit\", \"$comment\": \"since 2026\""))).isEmpty();
    }

    @Test
    void anOptionalPropertyMayBeAddedToAnOpenObject() {
        assertThat(breaks(changed("\"population\": { \"type\": \"number\" },",
                "\"population\": { \"type\": \"number\" }, \"area\": { \"type\": [\"number\", \"null\"] },")))
                .isEmpty();
    }

    @Test
    void anOptionalPropertyMayBeAddedToANestedOpenObject() {
        assertThat(breaks(changed("\"street\": { \"type\": \"string\" }",
                "\"street\": { \"type\": \"string\" }, \"postcode\": { \"type\": \"string\" }"))).isEmpty();
    }

    @Test
    void aSchemaMayMoveIntoDefsBecauseRefsAreFollowed() {
        String countyCode = "{ \"type\": \"string\", \"pattern\": \"^[0-9]{6}$\" }";

        assertThat(breaks(changed("\"code\": " + countyCode, "\"code\": { \"$ref\": \"#/$defs/countyCode\" }")
                .replace("\"$defs\": {", "\"$defs\": { \"countyCode\": " + countyCode + ","))).isEmpty();
    }

    @Test
    void enumValuesMayBeReordered() {
        assertThat(breaks(changed("[\"COUNTY\", \"DISTRICT\"]", "[\"DISTRICT\", \"COUNTY\"]"))).isEmpty();
    }

    @Test
    void aRemovedPropertyBreaks() {
        assertThat(breaks(changed("\"population\": { \"type\": \"number\" },", "")))
                .containsExactly("#/properties/population PROPERTY_REMOVED");
    }

    @Test
    void aRenamedPropertyBreaksAsTheOldNameRemoved() {
        assertThat(breaks(changed("\"population\":", "\"inhabitants\":")))
                .containsExactly("#/properties/population PROPERTY_REMOVED");
    }

    @Test
    void aNewRequiredPropertyBreaks() {
        assertThat(breaks(changed("\"required\": [\"code\", \"kind\", \"version\"]",
                "\"required\": [\"code\", \"kind\", \"version\", \"area\"]")
                .replace("\"population\":", "\"area\": { \"type\": \"number\" }, \"population\":")))
                .containsExactly("#/properties/area REQUIRED_PROPERTY_ADDED");
    }

    @Test
    void anOptionalPropertyMadeRequiredBreaks() {
        assertThat(breaks(changed("\"kind\", \"version\"]", "\"kind\", \"version\", \"name\"]")))
                .containsExactly("#/properties/name PROPERTY_MADE_REQUIRED");
    }

    @Test
    void aRequiredPropertyMadeOptionalBreaksReleasedReaders() {
        List<BreakingChange> changes = breakingChanges(changed("\"kind\", \"version\"]", "\"version\"]"));

        assertThat(changes).extracting(BreakingChange::path, BreakingChange::kind, BreakingChange::broken)
                .containsExactly(tuple("#/properties/kind", PROPERTY_MADE_OPTIONAL, Broken.FORWARD));
    }

    @Test
    void aNullableTypeMadeNonNullableIsNarrowed() {
        assertThat(breaks(changed("\"successorCode\": { \"type\": [\"string\", \"null\"] }",
                "\"successorCode\": { \"type\": \"string\" }")))
                .containsExactly("#/properties/successorCode/type TYPE_NARROWED");
    }

    @Test
    void aNumberMadeIntegerIsNarrowed() {
        assertThat(breaks(changed("\"population\": { \"type\": \"number\" }",
                "\"population\": { \"type\": \"integer\" }")))
                .containsExactly("#/properties/population/type TYPE_NARROWED");
    }

    @Test
    void anIntegerMadeNumberIsWidenedAndSaysItBreaksReleasedReaders() {
        List<BreakingChange> changes = breakingChanges(changed("\"version\": { \"type\": \"integer\"",
                "\"version\": { \"type\": \"number\""));

        assertThat(changes).extracting(BreakingChange::path, BreakingChange::kind)
                .containsExactly(tuple("#/properties/version/type", TYPE_WIDENED));
        assertThat(changes.getFirst().toString()).contains("readers of a released schema");
    }

    @Test
    void aStringMadeNumberIsChanged() {
        assertThat(breaks(changed("\"name\": { \"type\": \"string\"", "\"name\": { \"type\": \"number\"")))
                .containsExactly("#/properties/name/type TYPE_CHANGED");
    }

    @Test
    void aRemovedEnumValueBreaks() {
        assertThat(breakingChanges(changed("[\"COUNTY\", \"DISTRICT\"]", "[\"COUNTY\"]")))
                .extracting(BreakingChange::path, BreakingChange::kind, BreakingChange::detail)
                .containsExactly(tuple("#/properties/kind/enum", ENUM_VALUE_REMOVED, "\"DISTRICT\""));
    }

    @Test
    void anAddedEnumValueBreaksReleasedReaders() {
        assertThat(breakingChanges(changed("[\"COUNTY\", \"DISTRICT\"]", "[\"COUNTY\", \"DISTRICT\", \"TOWN\"]")))
                .extracting(BreakingChange::path, BreakingChange::detail, BreakingChange::broken)
                .containsExactly(tuple("#/properties/kind/enum", "\"TOWN\"", Broken.FORWARD));
    }

    @Test
    void aChangeInDefsBreaksWhereverItIsReferenced() {
        assertThat(breaks(changed("[\"ACTIVE\", \"RETIRED\"]", "[\"ACTIVE\"]"))).containsExactly(
                "#/properties/status/enum ENUM_VALUE_REMOVED",
                "#/properties/previousStatus/oneOf/0/enum ENUM_VALUE_REMOVED");
    }

    @Test
    void aSmallerMaxLengthIsTightened() {
        assertThat(breakingChanges(changed("\"maxLength\": 40", "\"maxLength\": 20")))
                .extracting(BreakingChange::path, BreakingChange::kind, BreakingChange::detail)
                .containsExactly(tuple("#/properties/name/maxLength", CONSTRAINT_TIGHTENED, "maxLength 40 → 20"));
    }

    @Test
    void aLargerMaxLengthIsLoosened() {
        assertThat(breaks(changed("\"maxLength\": 40", "\"maxLength\": 80")))
                .containsExactly("#/properties/name/maxLength CONSTRAINT_LOOSENED");
    }

    @Test
    void aLargerMinimumIsTightened() {
        assertThat(breaks(changed("\"minimum\": 1", "\"minimum\": 2")))
                .containsExactly("#/properties/version/minimum CONSTRAINT_TIGHTENED");
    }

    @Test
    void aNewConstraintIsTightened() {
        assertThat(breaks(changed("\"population\": { \"type\": \"number\" }",
                "\"population\": { \"type\": \"number\", \"maximum\": 1e9 }")))
                .containsExactly("#/properties/population/maximum CONSTRAINT_TIGHTENED");
    }

    @Test
    void aRemovedConstraintIsLoosened() {
        assertThat(breaks(changed(", \"uniqueItems\": true", "")))
                .containsExactly("#/properties/clusters/uniqueItems CONSTRAINT_LOOSENED");
    }

    @Test
    void aChangedPatternBreaksBothWays() {
        assertThat(breaks(changed("^[0-9]{6}$", "^[0-9]{6,9}$")))
                .containsExactly("#/properties/code/pattern CONSTRAINT_CHANGED");
    }

    @Test
    void aChangedFormatBreaksBecauseTheZonesReadersAssertFormats() {
        assertThat(breaks(changed("\"format\": \"date\"", "\"format\": \"date-time\"")))
                .containsExactly("#/properties/retiredOn/format CONSTRAINT_CHANGED");
    }

    @Test
    void aChangedConstBreaks() {
        assertThat(breaks(changed("\"const\": \"CNY\"", "\"const\": \"USD\"")))
                .containsExactly("#/properties/currency/const CONSTRAINT_CHANGED");
    }

    @Test
    void closingAnObjectBreaks() {
        assertThat(breaks(closedAtTheRoot())).containsExactly("#/additionalProperties OBJECT_CLOSED");
    }

    @Test
    void openingAClosedObjectBreaks() {
        assertThat(breaks(closedAtTheRoot(), RELEASED)).containsExactly("#/additionalProperties OBJECT_OPENED");
    }

    @Test
    void anOptionalPropertyAddedToAClosedObjectBreaksReleasedReaders() {
        String closed = closedAtTheRoot();

        assertThat(breaks(closed,
                closed.replace("\"population\":", "\"area\": { \"type\": \"number\" }, \"population\":")))
                .containsExactly("#/properties/area PROPERTY_ADDED_TO_CLOSED_OBJECT");
    }

    @Test
    void aNestedObjectsPropertiesAreCompared() {
        assertThat(breaks(changed(", \"street\": { \"type\": \"string\" }", "")))
                .containsExactly("#/properties/seat/properties/street PROPERTY_REMOVED");
    }

    @Test
    void arrayItemsAreComparedThroughTheirRef() {
        assertThat(breaks(changed("\"clusterId\": { \"type\": \"string\", \"minLength\": 1 }",
                "\"clusterId\": { \"type\": \"string\", \"minLength\": 3 }")))
                .containsExactly("#/properties/clusters/items/minLength CONSTRAINT_TIGHTENED");
    }

    @Test
    void anAlternativeAddedToOneOfBreaks() {
        assertThat(breaks(changed("{ \"type\": \"null\" }] }", "{ \"type\": \"null\" }, { \"type\": \"integer\" }] }")))
                .containsExactly("#/properties/previousStatus/oneOf ALTERNATIVES_CHANGED");
    }

    @Test
    void everyBreakingChangeIsReportedNotOnlyTheFirst() {
        assertThat(breaks(changed("\"population\": { \"type\": \"number\" },", "")
                .replace("\"maxLength\": 40", "\"maxLength\": 20")
                .replace("[\"COUNTY\", \"DISTRICT\"]", "[\"COUNTY\", \"TOWN\"]")))
                .containsExactlyInAnyOrder("#/properties/population PROPERTY_REMOVED",
                        "#/properties/name/maxLength CONSTRAINT_TIGHTENED",
                        "#/properties/kind/enum ENUM_VALUE_REMOVED",
                        "#/properties/kind/enum ENUM_VALUE_ADDED");
    }

    @Test
    void aKeywordItDoesNotUnderstandIsRefusedNotPassedOver() {
        assertThatThrownBy(() -> breakingChanges(changed("\"population\": { \"type\": \"number\" }",
                "\"population\": { \"anyOf\": [{ \"type\": \"number\" }, { \"type\": \"string\" }] }")))
                .isInstanceOf(UnsupportedSchemaException.class)
                .hasMessageContaining("#/properties/population").hasMessageContaining("anyOf");
    }

    @Test
    void aDefaultIsRefusedBecauseValidatorsDoNotApplyIt() {
        assertThatThrownBy(() -> breakingChanges(changed("\"population\": { \"type\": \"number\" }",
                "\"population\": { \"type\": \"number\", \"default\": 0 }")))
                .isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("default");
    }

    @Test
    void additionalPropertiesGivenAsASchemaIsRefused() {
        assertThatThrownBy(() -> breakingChanges(changed("\"title\": \"County\",",
                "\"title\": \"County\", \"additionalProperties\": { \"type\": \"string\" },")))
                .isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("additionalProperties");
    }

    @Test
    void aRefOutsideTheDocumentIsRefused() {
        assertThatThrownBy(() -> breakingChanges(changed("\"$ref\": \"#/$defs/clusterId\"",
                "\"$ref\": \"urn:other:cluster\"")))
                .isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("urn:other:cluster");
    }

    @Test
    void aSchemaThatRecursesThroughItsPropertiesIsRefused() {
        String recursive = changed("\"street\": { \"type\": \"string\" }",
                "\"street\": { \"type\": \"string\" }, \"parent\": { \"$ref\": \"#/properties/seat\" }");

        assertThatThrownBy(() -> breaks(recursive, recursive))
                .isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("recursive");
    }

    @Test
    void aRefToItselfIsRefused() {
        assertThatThrownBy(() -> breakingChanges(changed("\"clusterId\": { \"type\": \"string\", \"minLength\": 1 }",
                "\"clusterId\": { \"$ref\": \"#/$defs/clusterId\" }")))
                .isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("recursive");
    }

    /** Each breaking change from the released schema to {@code current} as its path and kind. */
    private static List<String> breaks(String current) {
        return breaks(RELEASED, current);
    }

    private static List<String> breaks(String released, String current) {
        return FullCompatibility.breakingChanges(ReleasedSchemas.parse(released), ReleasedSchemas.parse(current))
                .stream().map(change -> change.path() + " " + change.kind()).toList();
    }

    private static List<BreakingChange> breakingChanges(String current) {
        return FullCompatibility.breakingChanges(ReleasedSchemas.parse(RELEASED), ReleasedSchemas.parse(current));
    }

    private static String closedAtTheRoot() {
        return changed("\"title\": \"County\",", "\"title\": \"County\", \"additionalProperties\": false,");
    }

    /** The released schema with one change, which must be there to make. */
    private static String changed(String from, String to) {
        assertThat(RELEASED).contains(from);
        return RELEASED.replace(from, to);
    }
}
