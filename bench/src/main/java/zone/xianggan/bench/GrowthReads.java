package zone.xianggan.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The aggregate reads of {@link ReadsUnderLoad} (zone, province and cluster scopes, in turn), over the monthly values
 * {@link Growth} has stored: each request names an indicator and a month drawn at random from all that are complete,
 * so that the reads reach the whole table, not its newest corner. Each client sends its next request as soon as the
 * last is answered, for a fixed time.
 */
final class GrowthReads {

    static final String ALL = "aggregates (zone, province, cluster)";

    private final Http http;
    private final String indicators;
    private final List<String> scopes;

    GrowthReads(Http http, String indicatorsUrl) {
        this.http = http;
        this.indicators = indicatorsUrl;
        List<String> scopes = new ArrayList<>(List.of("zone", "province:430000", "province:360000"));
        ReadsUnderLoad.CLUSTERS.forEach(cluster -> scopes.add("cluster:" + cluster));
        this.scopes = List.copyOf(scopes);
    }

    /**
     * Latencies of the zone, province and cluster aggregates, and of all three together ({@link #ALL}).
     *
     * @param codes  the indicators whose every month is stored
     * @param months the months each holds, as {@code 2000-01}
     */
    Map<String, Latencies> run(int clients, double seconds, List<String> codes, List<String> months)
            throws InterruptedException {
        Map<String, ConcurrentLinkedQueue<Long>> times = new LinkedHashMap<>();
        for (String name : List.of("zone aggregate", "province aggregate", "cluster aggregate")) {
            times.put(name, new ConcurrentLinkedQueue<>());
        }
        List<String> names = List.copyOf(times.keySet());
        long end = System.nanoTime() + (long) (seconds * 1e9);
        CountDownLatch done = new CountDownLatch(clients);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        for (int client = 0; client < clients; client++) {
            Random random = new Random(client);
            int first = client;
            Thread.ofPlatform().start(() -> {
                try {
                    for (int i = first; System.nanoTime() < end; i++) {
                        String name = names.get(i % names.size());
                        String url = url(name, random, codes, months);
                        long start = System.nanoTime();
                        http.get(url).requireSuccess(name);
                        times.get(name).add(System.nanoTime() - start);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        Map<String, Latencies> latencies = new LinkedHashMap<>();
        latencies.put(ALL, new Latencies(times.values().stream().flatMap(ConcurrentLinkedQueue::stream)
                .mapToLong(Long::longValue).toArray()));
        times.forEach((name, queue) -> latencies.put(name, new Latencies(queue.stream().mapToLong(Long::longValue)
                .toArray())));
        return latencies;
    }

    /** The zone's aggregate of one indicator and month, as the reads ask it. */
    Http.Response zoneAggregate(String code, String month) {
        return http.get(indicators + "/api/v1/aggregates?indicator=" + code + "&period=" + month + "&scope=zone")
                .requireSuccess("zone aggregate");
    }

    private String url(String name, Random random, List<String> codes, List<String> months) {
        String scope = switch (name) {
            case "zone aggregate" -> "zone";
            case "province aggregate" -> scopes.get(1 + random.nextInt(2));
            default -> scopes.get(3 + random.nextInt(scopes.size() - 3));
        };
        return indicators + "/api/v1/aggregates?indicator=" + codes.get(random.nextInt(codes.size())) + "&period="
                + months.get(random.nextInt(months.size())) + "&scope=" + scope;
    }
}
