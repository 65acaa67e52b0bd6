package zone.xianggan.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import zone.xianggan.localstack.ServiceProcess.Kind;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * A steady load on the cluster, as the zone's agencies make it, spread over both instances of every service:
 * registry updates of every unit, value reports and revisions of one indicator for every unit, and projects proposed
 * and approved by both provinces. Each client goes on through faults: a call without an answer is counted and the
 * client carries on from what the zone then holds.
 */
final class SteadyLoad implements AutoCloseable {

    static final String INDICATOR = "VILLAGES_WITH_BUS_SERVICE";
    static final List<String> PROJECT_UNITS = List.of("430181", "360322");
    /** The second instance of a service listens on its contract port + 10,000. */
    static final int SECOND_INSTANCE = 10_000;
    private static final String PROPOSAL = """
            {"titleZh":"浏阳—上栗城际公交","titleEn":"Liuyang-Shangli intercity bus",
             "descriptionZh":"开通城际公交线路","descriptionEn":"An intercity bus line across the provincial border",
             "planArea":"INFRASTRUCTURE_CONNECTIVITY",
             "participants":[{"countyCode":"430181","role":"LEAD"},{"countyCode":"360322","role":"PARTNER"}],
             "plannedInvestment":{"currency":"CNY","bySource":[{"source":"CENTRAL_BUDGET","amount":1000000.00}]},
             "plannedStart":"2026-03-01","plannedEnd":"2027-12-31",
             "milestones":[{"name":"First bus","due":"2026-12-31"}],
             "outcomes":[{"indicatorCode":"VILLAGES_WITH_BUS_SERVICE","baseline":100,"baselinePeriod":"2024",
                          "target":140,"targetPeriod":"2027"}]}""";

    private final ComposeZone zone;
    private final List<Map<String, Object>> counties;
    private final Acknowledged acknowledged;
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean running = true;

    SteadyLoad(ComposeZone zone, List<Map<String, Object>> counties, Acknowledged acknowledged) {
        this.zone = zone;
        this.counties = counties;
        this.acknowledged = acknowledged;
    }

    SteadyLoad start() {
        int half = counties.size() / 2;
        clients.add(Thread.ofPlatform().name("load-registry-1").start(() -> updateUnits(counties.subList(0, half))));
        clients.add(Thread.ofPlatform().name("load-registry-2").start(() -> updateUnits(counties.subList(half,
                counties.size()))));
        clients.add(Thread.ofPlatform().name("load-values").start(this::reportValues));
        clients.add(Thread.ofPlatform().name("load-projects").start(this::proposeAndApprove));
        return this;
    }

    @Override
    public void close() {
        running = false;
        for (Thread client : clients) {
            try {
                client.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void updateUnits(List<Map<String, Object>> units) {
        AtomicInteger calls = new AtomicInteger();
        while (running) {
            for (Map<String, Object> county : units) {
                String code = (String) county.get("code");
                ZoneHttp registry = instance(Kind.REGISTRY, calls.incrementAndGet()).as("zone-office/faults");
                answered(() -> {
                    String version = registry.get("/api/v1/counties/" + code).etag();
                    ZoneHttp.Response updated = registry.put("/api/v1/counties/" + code, """
                            {"nameZh":"%s","nameEn":"%s","kind":"%s","reason":"fault suite %d"}""".formatted(
                            county.get("nameZh"), county.get("nameEn"), county.get("kind"), calls.get()),
                            "If-Match", version);
                    if (updated.status() == 200) {
                        acknowledged.countyVersion(code, Integer.parseInt(updated.etag().replace("\"", "")));
                    }
                    return updated;
                });
            }
        }
    }

    /** Thirty years of the indicator for every unit, round and round: each pass revises every value. */
    private void reportValues() {
        int call = 0;
        while (running) {
            Map<String, Object> county = counties.get(call % counties.size());
            String period = Integer.toString(1996 + (call / counties.size()) % 30);
            String key = county.get("code") + "/" + period;
            ZoneHttp indicators = instance(Kind.INDICATORS, call).as("zone-office/faults");
            int value = 100 + call % 997;
            answered(() -> {
                ZoneHttp.Response reported = indicators.post("/api/v1/values?reason=fault%20suite", """
                        {"countyCode":"%s","indicatorCode":"%s","period":"%s","value":%d}""".formatted(
                        county.get("code"), INDICATOR, period, value));
                if (reported.status() / 100 == 2) {
                    acknowledged.valueRevision(key, reported.<Integer>json("$.value.revision"));
                }
                return reported;
            });
            call++;
        }
    }

    /** Projects one after the other: proposed through one instance, each province's approval through either. */
    private void proposeAndApprove() {
        int call = 0;
        while (running) {
            ZoneHttp.Response proposed = answered(instance(Kind.COOPERATION, call++).as("liuyang/faults"),
                    cooperation -> cooperation.post("/api/v1/projects", PROPOSAL));
            if (proposed == null || proposed.status() != 201) {
                continue;
            }
            String project = proposed.json("$.id");
            acknowledged.proposed(project);
            for (String[] province : List.of(new String[] { "430000", "hunan-drc/li.ming" },
                    new String[] { "360000", "jiangxi-drc/wang.hua" })) {
                for (int attempt = 0; attempt < 20 && running; attempt++) {
                    ZoneHttp cooperation = instance(Kind.COOPERATION, call++).as(province[1]);
                    ZoneHttp.Response approved = answered(cooperation, c -> c.post("/api/v1/projects/" + project
                            + "/approvals", """
                            {"province":"%s","decision":"APPROVE"}""".formatted(province[0])));
                    if (approved != null && approved.status() == 200) {
                        acknowledged.approved(project, province[0]);
                        break;
                    }
                    if (approved != null && approved.status() == 409) {
                        break; // decided already, by a call whose answer was lost
                    }
                }
            }
        }
    }

    private ZoneHttp instance(Kind kind, int call) {
        return zone.http(kind.defaultPort() + (call % 2 == 0 ? 0 : SECOND_INSTANCE));
    }

    private ZoneHttp.Response answered(Call call) {
        try {
            ZoneHttp.Response response = call.send();
            if (response.status() >= 500) {
                acknowledged.unanswered.incrementAndGet();
            }
            return response;
        } catch (RuntimeException noAnswer) {
            acknowledged.unanswered.incrementAndGet();
            pauseAfterFailure();
            return null;
        }
    }

    private ZoneHttp.Response answered(ZoneHttp http, java.util.function.Function<ZoneHttp, ZoneHttp.Response> call) {
        return answered(() -> call.apply(http));
    }

    /** A client whose call found no service waits a little before the next, as a real one would. */
    private static void pauseAfterFailure() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Call {
        ZoneHttp.Response send();
    }
}
