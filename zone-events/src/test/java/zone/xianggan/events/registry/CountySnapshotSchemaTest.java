package zone.xianggan.events.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventSchemas;
import zone.xianggan.events.EventType;

class CountySnapshotSchemaTest {

    private static final String LIUYANG = """
            {"code":"430181","nameZh":"浏阳市","nameEn":"Liuyang","kind":"COUNTY_LEVEL_CITY","provinceCode":"430000",
             "prefectureCode":"430100","clusters":["a","b"],"spatialElements":[],"status":"ACTIVE",
             "successorCode":null,"retiredOn":null,"version":1,"changedAt":"2026-11-28T10:00:00Z"}""";

    @Test
    void acceptsAWholeSnapshot() {
        assertThat(EventSchemas.violations(EventType.COUNTY_UPDATED, LIUYANG)).isEmpty();
    }

    @Test
    void acceptsPropertiesAddedLaterWithinV1() {
        assertThat(EventSchemas.violations(EventType.COUNTY_UPDATED, LIUYANG.replace("{", "{\"population\":1,")))
                .isEmpty();
    }

    @Test
    void refusesAMalformedCodeAMissingVersionAndABadTimestamp() {
        assertThat(EventSchemas.violations(EventType.COUNTY_UPDATED, LIUYANG.replace("430181", "43018"))).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.COUNTY_UPDATED, LIUYANG.replace("\"version\":1,", "")))
                .isNotEmpty();
        assertThat(EventSchemas.violations(EventType.COUNTY_UPDATED,
                LIUYANG.replace("2026-11-28T10:00:00Z", "yesterday"))).isNotEmpty();
    }
}
