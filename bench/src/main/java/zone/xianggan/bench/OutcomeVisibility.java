package zone.xianggan.bench;

import java.util.concurrent.locks.LockSupport;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import tools.jackson.databind.JsonNode;

/**
 * A value reported to indicators-service → visible in a cooperation project's outcome view, which takes it only
 * from {@code indicators.values.v1}: the path issue 4 promises within two seconds. Each value is a new revision of
 * one unit's figure; the view is read back every 2 ms until it shows it.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class OutcomeVisibility {

    private static final long POLL_PAUSE_NANOS = 2_000_000;
    private static final String UNIT = "360322";
    private static final String INDICATOR = "VILLAGES_WITH_BUS_SERVICE";

    private final Http http;
    private final String indicators;
    private final String cooperation;

    Latencies measure(int reports) {
        String project = propose();
        long[] latencies = new long[reports];
        for (int i = 0; i < reports; i++) {
            int value = 1000 + i;
            http.post(indicators + "/api/v1/values", """
                    {"countyCode":"%s","indicatorCode":"%s","period":"2025","value":%d,"reason":"bench revision %d"}"""
                    .formatted(UNIT, INDICATOR, value, i)).requireSuccess("report a value");
            long reported = System.nanoTime();
            long deadline = reported + 30_000_000_000L;
            while (shown(project) != value) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("project " + project + " did not show value " + value);
                }
                LockSupport.parkNanos(POLL_PAUSE_NANOS);
            }
            latencies[i] = System.nanoTime() - reported;
        }
        return new Latencies(latencies);
    }

    private int shown(String project) {
        for (JsonNode unit : http.get(cooperation + "/api/v1/projects/" + project + "/outcomes").json()
                .path("outcomes").path(0).path("values")) {
            if (UNIT.equals(unit.path("countyCode").asString())) {
                return unit.path("value").asInt();
            }
        }
        return -1;
    }

    private String propose() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (http.get(cooperation + "/api/v1/indicators/" + INDICATOR).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cooperation-service does not know " + INDICATOR);
            }
            LockSupport.parkNanos(100_000_000);
        }
        return http.post(cooperation + "/api/v1/projects", """
                {"titleZh":"浏阳—上栗城际公交","titleEn":"Liuyang-Shangli intercity bus (benchmark)",
                 "descriptionZh":"基准测试","descriptionEn":"Benchmark project",
                 "planArea":"INFRASTRUCTURE_CONNECTIVITY",
                 "participants":[{"countyCode":"430181","role":"LEAD"},{"countyCode":"%s","role":"PARTNER"}],
                 "plannedInvestment":{"currency":"CNY","bySource":[{"source":"CENTRAL_BUDGET","amount":1000000.00}]},
                 "plannedStart":"2026-03-01","plannedEnd":"2027-12-31","milestones":[],
                 "outcomes":[{"indicatorCode":"%s","baseline":100,"baselinePeriod":"2024","target":140,
                              "targetPeriod":"2027"}]}""".formatted(UNIT, INDICATOR))
                .requireSuccess("propose a project").json().get("id").asString();
    }
}
