package zone.xianggan.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads agencies make, at 1, 8 and 32 concurrent clients: zone, province and cluster aggregates and a county's
 * time series, over 24 units × 60 indicators × 15 years of values. Each client sends its next request as soon as
 * the last is answered, for a fixed time.
 */
final class ReadsUnderLoad {

    static final List<String> CLUSTERS = List.of("liuyang-yuanzhou-wanzai-tonggu-xiushui-pingjiang",
            "liuyang-liling-shangli-xiangdong-anyuan-luxi", "youxian-chaling-anren-yanling-jinggangshan-yongxin-lianhua",
            "guidong-suichuan-shangyou-chongyi-rucheng-yizhang");

    private final Http http;
    private final String indicators;
    private final List<String> indicatorCodes;
    private final List<String> units;
    /** Query name → (random seed, year) → URL. */
    private final Map<String, BiFunction<Integer, Integer, String>> queries = new LinkedHashMap<>();

    ReadsUnderLoad(Http http, String indicatorsUrl, List<String> indicatorCodes, List<String> units) {
        this.http = http;
        this.indicators = indicatorsUrl;
        this.indicatorCodes = indicatorCodes;
        this.units = units;
        queries.put("zone aggregate", (seed, year) -> aggregate(seed, year, "zone"));
        queries.put("province aggregate", (seed, year) -> aggregate(seed, year,
                seed % 2 == 0 ? "province:430000" : "province:360000"));
        queries.put("cluster aggregate", (seed, year) -> aggregate(seed, year,
                "cluster:" + CLUSTERS.get(seed % CLUSTERS.size())));
        queries.put("county time series", (seed, year) -> indicators + "/api/v1/values?county="
                + units.get(seed % units.size()) + "&indicator=" + indicatorCodes.get((seed / 7) % indicatorCodes.size()));
    }

    /** 24 units × the indicators × the years, as batches of 10,000. */
    static List<List<Ingestion.Row>> dataset(List<String> units, List<Catalogue.Indicator> yearly, int firstYear,
            int years) {
        List<Ingestion.Row> rows = new ArrayList<>();
        for (int year = firstYear; year < firstYear + years; year++) {
            for (Catalogue.Indicator indicator : yearly) {
                for (String unit : units) {
                    rows.add(new Ingestion.Row(unit, indicator.code(), Integer.toString(year),
                            indicator.value().toPlainString()));
                }
            }
        }
        List<List<Ingestion.Row>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += 10_000) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + 10_000)));
        }
        return batches;
    }

    /** Latencies by query name, at {@code clients} concurrent clients, each running for {@code seconds}. */
    Map<String, Latencies> run(int clients, double seconds, int firstYear, int years) throws InterruptedException {
        Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
        queries.keySet().forEach(name -> times.put(name, new ConcurrentLinkedQueue<>()));
        List<String> names = List.copyOf(queries.keySet());
        long end = System.nanoTime() + (long) (seconds * 1e9);
        CountDownLatch done = new CountDownLatch(clients);
        for (int client = 0; client < clients; client++) {
            Random random = new Random(client);
            Thread.ofPlatform().start(() -> {
                try {
                    int i = 0;
                    while (System.nanoTime() < end) {
                        String name = names.get(i++ % names.size());
                        String url = queries.get(name).apply(random.nextInt(1 << 20),
                                firstYear + random.nextInt(years));
                        long start = System.nanoTime();
                        http.get(url).requireSuccess(name);
                        times.get(name).add(System.nanoTime() - start);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return times.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Latencies(e.getValue().stream().mapToLong(Long::longValue).toArray()), (a, b) -> a,
                LinkedHashMap::new));
    }

    List<String> queryNames() {
        return List.copyOf(queries.keySet());
    }

    private String aggregate(int seed, int year, String scope) {
        return indicators + "/api/v1/aggregates?indicator=" + indicatorCodes.get(seed % indicatorCodes.size())
                + "&period=" + year + "&scope=" + scope;
    }
}
