package zone.xianggan.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;

/**
 * A registry update acknowledged → visible in both replicas: the registry answers the PUT, then both replicas are
 * read back-to-back until each shows the new version. Reading adds up to one round trip (about a millisecond on
 * loopback, plus a 2 ms pause between reads) to each figure.
 */
final class Propagation {

    /** Between reads of a replica: short against the figures, long enough not to starve the services of CPU. */
    private static final long POLL_PAUSE_NANOS = 2_000_000;
    private static final int WARMUP_ROUND = 500;
    private static final double QUIET_JIT_PERCENT = 20;

    private final Http http;
    private final List<String> registries;
    private final List<List<String>> replicas;
    /** Updates sent so far: each names the unit anew, so that no update repeats the one before. */
    private int sent;

    Propagation(Http http, String registry, List<String> replicas) {
        this(http, List.of(registry), replicas.stream().map(List::of).toList());
    }

    /**
     * Through several instances of each service (base URLs; every instance of a service shares its database): update
     * n is read and sent through registry instance n mod their number, and looked for in each replica service through
     * its instance n mod theirs.
     */
    Propagation(Http http, List<String> registries, List<List<String>> replicas) {
        this.http = http;
        this.registries = registries;
        this.replicas = replicas;
    }

    /** The same sequence of updates, continued (none repeating one before) through other instances. */
    Propagation through(List<String> otherRegistries, List<List<String>> otherReplicas) {
        Propagation continued = new Propagation(http, otherRegistries, otherReplicas);
        continued.sent = sent;
        return continued;
    }

    /**
     * Sends {@code updates}, then more rounds of 500 while the services' JIT compilers still take a fifth of a core
     * or more, up to {@code maxMore}: as JMH measures after its warm-up iterations, the update's path is measured as
     * it runs for years, compiled, and with no compiler taking one of the two cores from it (after 1,500-2,500
     * updates the compilers were still 30-58 % busy, as tiered compilation reaches its last tier after 5,000 calls).
     * Answers how many updates were sent.
     */
    int warmUp(int updates, int maxMore, List<Long> services) {
        measure(updates);
        int sent = updates;
        while (sent - updates < maxMore) {
            JitActivity jit = JitActivity.start(services);
            measure(WARMUP_ROUND);
            sent += WARMUP_ROUND;
            double busy = jit.percentOfOneCore();
            System.out.printf("Propagation: %d more updates, the JIT compilers %.0f %% busy%n", sent - updates, busy);
            if (busy < QUIET_JIT_PERCENT) {
                break;
            }
        }
        return sent;
    }

    Latencies measure(int updates) {
        List<String> codes = Units.active(http, registries.getFirst());
        long[] latencies = new long[updates];
        for (int n = 0; n < updates; n++) {
            int i = sent++;
            String code = codes.get(i % codes.size());
            String registry = registries.get(i % registries.size());
            Http.Response current = http.get(registry + "/api/v1/counties/" + code).requireSuccess("GET county");
            JsonNode county = current.json();
            String body = """
                    {"nameZh":"%s","nameEn":"%s","kind":"%s","reason":"bench propagation %d"}""".formatted(
                    county.get("nameZh").asString(), baseName(county.get("nameEn").asString()) + " #" + i,
                    county.get("kind").asString(), i);
            Http.Response updated = http.put(registry + "/api/v1/counties/" + code, body, current.etag())
                    .requireSuccess("PUT county");
            long acknowledged = System.nanoTime();
            String version = updated.etag();
            List<CompletableFuture<Long>> visible = replicas.stream()
                    .map(instances -> instances.get(i % instances.size()))
                    .map(replica -> CompletableFuture.supplyAsync(() -> awaitVersion(replica, code, version)))
                    .toList();
            long seenByAll = visible.stream().mapToLong(CompletableFuture::join).max().orElseThrow();
            latencies[n] = seenByAll - acknowledged;
        }
        return new Latencies(latencies);
    }

    private long awaitVersion(String replica, String code, String version) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (version.equals(http.get(replica + "/api/v1/counties/" + code).etag())) {
                return System.nanoTime();
            }
            LockSupport.parkNanos(POLL_PAUSE_NANOS);
        }
        throw new IllegalStateException(replica + " did not show " + code + " version " + version + " in 30 s");
    }

    private static String baseName(String name) {
        int mark = name.indexOf(" #");
        return mark < 0 ? name : name.substring(0, mark);
    }
}
