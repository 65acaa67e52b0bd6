package zone.xianggan.events.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import zone.xianggan.events.EventSchemas;
import zone.xianggan.events.EventType;
import zone.xianggan.events.Topics;

class ProjectEventSchemaTest {

    private static final String APPROVED = """
            {"project":{"id":"XG-2026-0001","titleZh":"浏醴城际公交","titleEn":"Liuyang-Liling intercity bus",
              "descriptionZh":"开通城际公交","descriptionEn":"An intercity bus line","planArea":"INFRASTRUCTURE_CONNECTIVITY",
              "status":"APPROVED","interProvincial":true,"provinceCodes":["430000","360000"],
              "participants":[{"countyCode":"430181","role":"LEAD","provinceCode":"430000"},
                              {"countyCode":"360322","role":"PARTNER","provinceCode":"360000"}],
              "cluster":"liuyang-liling-shangli-xiangdong-anyuan-luxi","spatialElement":null,
              "plannedInvestment":{"currency":"CNY","total":1500000.00,
                "bySource":[{"source":"CENTRAL_BUDGET","amount":1000000.00},{"source":"LOCAL_BUDGET","amount":500000.00}]},
              "plannedStart":"2026-03-01","plannedEnd":"2027-12-31","actualStart":null,"actualEnd":null,
              "milestones":[{"id":"M1","name":"Route agreed","due":"2026-06-30","doneOn":null}],
              "outcomes":[{"id":"O1","indicatorCode":"BUS_LINES","countyCodes":["430181","360322"],"baseline":2,
                "baselinePeriod":"2025","target":6,"targetPeriod":"2027"}],
              "approvals":[{"provinceCode":"430000","decision":"APPROVE","actor":"hunan-drc/li","decidedAt":"2026-02-01T08:00:00Z","reason":null},
                           {"provinceCode":"360000","decision":"APPROVE","actor":"jiangxi-drc/wu","decidedAt":"2026-02-02T08:00:00Z","reason":null}],
              "reviewFlags":[],"needsReview":false,"proposedBy":"zone-office/wang","proposedAt":"2026-01-20T08:00:00Z",
              "version":4,"changedAt":"2026-02-02T08:00:00Z"},
             "change":{"type":"APPROVED","version":4,"actor":"jiangxi-drc/wu","at":"2026-02-02T08:00:00Z","reason":null,
              "provinceCode":"360000","fromStatus":"PROPOSED","toStatus":"APPROVED","milestoneId":null,
              "countyCode":null,"successorCode":null}}""";

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = "PROJECT_.*", mode = EnumSource.Mode.MATCH_ALL)
    void everyProjectTypeGoesToTheProjectsTopicWithTheSharedSchema(EventType type) {
        assertThat(type.topic()).isEqualTo(Topics.COOPERATION_PROJECTS_V1);
        assertThat(type.dataClass()).isEqualTo(ProjectEvent.class);
        assertThat(EventSchemas.violations(type, APPROVED)).isEmpty();
    }

    @Test
    void acceptsPropertiesAddedLaterWithinV1() {
        assertThat(EventSchemas.violations(EventType.PROJECT_APPROVED,
                APPROVED.replace("\"titleZh\"", "\"iatiIdentifier\":\"CN-XG-1\",\"titleZh\""))).isEmpty();
    }

    @Test
    void refusesANegativeAmountAnUnknownStatusAMalformedIdAndAnotherCurrency() {
        assertThat(violations(APPROVED.replace("\"amount\":500000.00", "\"amount\":-1"))).isNotEmpty();
        assertThat(violations(APPROVED.replace("\"status\":\"APPROVED\"", "\"status\":\"DONE\""))).isNotEmpty();
        assertThat(violations(APPROVED.replace("XG-2026-0001", "42"))).isNotEmpty();
        assertThat(violations(APPROVED.replace("\"CNY\"", "\"USD\""))).isNotEmpty();
        assertThat(violations(APPROVED.replace("\"provinceCode\":\"360000\",\"fromStatus\"",
                "\"provinceCode\":\"110000\",\"fromStatus\""))).isNotEmpty();
    }

    private static java.util.List<String> violations(String json) {
        return EventSchemas.violations(EventType.PROJECT_APPROVED, json);
    }
}
