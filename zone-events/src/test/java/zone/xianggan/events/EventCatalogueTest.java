package zone.xianggan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCatalogueTest {

    private static final Pattern CE_TYPE = Pattern.compile("^zone(\\.[a-z][a-z0-9-]*)+\\.v[0-9]+$");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsLowerCaseDotSeparatedAndEndsInAVersion(EventType type) {
        assertThat(type.ceType()).matches(CE_TYPE);
        assertThat(type.ceType().substring(type.ceType().lastIndexOf('.')))
                .isEqualTo(type.topic().substring(type.topic().lastIndexOf('.')));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasASchemaWhoseIdIsItsDataSchemaUri(EventType type) {
        assertThat(EventSchemas.text(type)).contains("\"$id\": \"" + type.dataSchema() + "\"");
    }

    @Test
    void typesAreUnique() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::ceType).distinct())
                .hasSize(EventType.values().length);
    }
}
