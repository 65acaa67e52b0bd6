package zone.xianggan.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.utils.AppInfoParser;

import zone.xianggan.localstack.ServiceProcess.Kind;

/**
 * {@code bench/run.sh --cluster}: ingestion and propagation on docker-compose.cluster.yml (three brokers, topics with
 * three replicas and min.insync.replicas 2, PostgreSQL), in one run on one cluster: first with one instance of each
 * data service (the second instances stopped, clients calling instance 1 only), then with two (started again,
 * clients spreading their requests across both instances' ports), each beside plain Kafka produce → consume on the
 * same cluster. Writes {@code bench/results/cluster.{md,csv}} ({@code cluster-quick.*} for {@code --quick}).
 *
 * <p>One instance is measured first so that the data the two-instance phase finds is the larger (the values table
 * grows by every batch): what a second instance buys is not flattered by that.
 */
final class ClusterBench {

    private static final int BATCH = 10_000;
    /** Clients sending a batch each at the same moment, in the "together" measurement. */
    private static final int CLIENTS = 2;
    /**
     * Rounds of the throughput baseline, with one producer and consumer, warmed up first as the zone is: one round
     * moved several-fold from one to the next in the first trial (2,166 to 20,599 messages/s).
     */
    private static final int BASELINE_RUNS = 5;
    private static final int BASELINE_WARMUPS = 5;
    private static final String PLAIN_KAFKA = "plain Kafka produce → consume, same payloads, same cluster (median of "
            + BASELINE_RUNS + ")";

    /** One phase's figures, to set the two phases side by side. */
    private record Figures(double p50, double p95, double p99, double api, double endToEnd, double togetherApi,
            double togetherEndToEnd) {
    }

    /** Medians in values per second: one batch at a time, and {@link #CLIENTS} at once. */
    private record Ingested(double api, double endToEnd, double togetherApi, double togetherEndToEnd) {
    }

    private final BenchOptions options;
    private final ClusterZone cluster;
    private final Http http;
    private final KafkaBaseline kafka;
    private final Iterator<Ingestion.Row> rows;
    private final List<Result> results = new ArrayList<>();
    private Propagation propagation;
    /** The records a subscriber received of the last "together" round, for the baseline to send the same. */
    private List<KafkaBaseline.Message> lastTogether = List.of();

    private ClusterBench(BenchOptions options, ClusterZone cluster, Http http, Iterator<Ingestion.Row> rows) {
        this.options = options;
        this.cluster = cluster;
        this.http = http;
        this.kafka = new KafkaBaseline(cluster, (short) 3);
        this.rows = rows;
    }

    static void run(BenchOptions options, Path root) throws Exception {
        Machine.CpuTimes start = Machine.CpuTimes.now();
        List<Result> results;
        String database;
        say("bringing up " + ClusterZone.FILE + " (docker-compose up --build: three Kafka brokers, PostgreSQL, "
                + "identity-service, two instances of each data service; images: " + ClusterZone.images()
                + ") …");
        try (ClusterZone cluster = ClusterZone.up()) {
            say("all 11 containers healthy after %.0f s".formatted(cluster.launchSeconds()));
            database = "PostgreSQL " + cluster.postgresVersion() + " (one container; both instances of a service "
                    + "share its database)";
            Http http = new Http(cluster.tokens());
            Replicas.awaitComplete(http, Kind.DATA_SERVICES.stream().filter(kind -> kind != Kind.REGISTRY)
                    .flatMap(kind -> cluster.urls(kind, 2).stream()).toList());
            String registry = cluster.urls(Kind.REGISTRY, 1).getFirst();
            String indicators = cluster.urls(Kind.INDICATORS, 1).getFirst();
            List<String> units = Units.active(http, registry);
            long values = 2L * BATCH * (options.warmupBatches() + 2 + sequentialBatches(options)
                    + (long) CLIENTS * togetherRounds(options));
            int monthly = (int) Math.ceil((double) values / Ingestion.valuesPerMonthlyIndicator(units));
            say("defining " + monthly + " monthly indicators for " + String.format("%,d", values) + " new values …");
            Iterator<Ingestion.Row> rows = Ingestion.monthlyRows(units,
                    new Catalogue(http, indicators).ensure("MONTH", monthly, "BENCH_MONTHLY_"));
            ClusterBench bench = new ClusterBench(options, cluster, http, rows);
            bench.results.add(Result.of("footprint", "docker-compose up --build until all 11 containers are "
                    + "healthy", cluster.launchSeconds(), "s"));

            say("one instance of each service: docker stop of " + Kind.DATA_SERVICES.stream()
                    .map(kind -> ClusterZone.container(kind, 2)).collect(Collectors.joining(", ")) + " …");
            cluster.stopSecondInstances();
            cluster.awaitConsumerGroups(1);
            Figures one = bench.phase(1);

            say("two instances of each service: starting the second instances again …");
            cluster.startSecondInstances();
            cluster.awaitConsumerGroups(2);
            Figures two = bench.phase(2);

            bench.compare(one, two);
            // PostgreSQL is left out: its backends are processes of their own, sharing its buffers.
            for (String container : List.of("kafka-1", "kafka-2", "kafka-3", "identity-service")) {
                bench.results.add(Result.of("footprint", container + " resident memory after the run",
                        Machine.residentMiB(cluster.pid(container)), "MiB"));
            }
            for (Kind kind : Kind.DATA_SERVICES) {
                for (int instance = 1; instance <= 2; instance++) {
                    String container = ClusterZone.container(kind, instance);
                    bench.results.add(Result.of("footprint", container + " resident memory after the run",
                            Machine.residentMiB(cluster.pid(container)), "MiB"));
                }
            }
            results = bench.results;
            say("taking the cluster down (docker-compose down -v) …");
        }

        String title = "Xiang-Gan Zone benchmark — cluster, one instance of each service beside two"
                + (options.quick() ? " (quick run: not for comparison)" : "") + " — "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> facts = Machine.facts(database, AppInfoParser.getVersion(), start);
        facts.put("kafka", "Apache Kafka " + AppInfoParser.getVersion() + " (KRaft): three brokers, each also a "
                + "controller, in containers; topics with 3 replicas, min.insync.replicas 2");
        facts.put("containers", ClusterZone.FILE + " on this machine's Docker engine; " + ClusterZone.images());
        String markdown = Report.markdown(title, facts, results, notes());
        System.out.println();
        System.out.println(markdown);
        Path directory = root.resolve("bench/results");
        String name = "cluster" + (options.quick() ? "-quick" : "");
        Report.write(directory.resolve(name + ".md"), markdown);
        Report.write(directory.resolve(name + ".csv"), Report.csv(results));
        System.out.println("Written to " + directory.resolve(name + ".{md,csv}"));
    }

    /** Propagation, then ingestion, through the first {@code instances} instances of every data service. */
    private Figures phase(int instances) throws Exception {
        String label = instances == 1 ? "1 instance" : instances + " instances";
        List<Long> services = cluster.pids(instances);
        List<String> registries = cluster.urls(Kind.REGISTRY, instances);
        List<List<String>> replicas = List.of(cluster.urls(Kind.INDICATORS, instances),
                cluster.urls(Kind.COOPERATION, instances));
        propagation = propagation == null ? new Propagation(http, registries, replicas)
                : propagation.through(registries, replicas);

        String section = "propagation, " + label;
        say(label + ": plain Kafka on the same cluster, " + options.warmupUpdates() + " messages to warm up and "
                + options.updates() + " measured …");
        Latencies kafkaLatency = kafka.produceConsumeLatency(options.warmupUpdates(), options.updates(),
                "{\"bench\":true}".getBytes());
        say(label + ": propagation, " + options.warmupUpdates() + " registry updates to warm up, more while the "
                + "services' JIT compilers are busy …");
        int warmedUp = propagation.warmUp(options.warmupUpdates(), options.quick() ? 0 : 5_000, services);
        TimerDelta published = timer(registries, "zone_outbox_publication_delay");
        List<TimerDelta> lag = replicas.stream().map(service -> timer(service, "zone_replica_lag")).toList();
        say(label + ": propagation, " + options.updates() + " updates measured …");
        JitActivity jit = JitActivity.start(services);
        Latencies measured = propagation.measure(options.updates());
        double jitShare = jit.percentOfOneCore();
        say("%s: propagation p50 %.1f, p95 %.1f, p99 %.1f ms (plain Kafka p99 %.1f ms)".formatted(label,
                measured.p50(), measured.p95(), measured.p99(), kafkaLatency.p99()));
        for (int percentile : new int[] { 50, 95, 99 }) {
            results.add(Result.of(section, "update acknowledged → visible in both replica services, p"
                    + percentile + " (" + measured.count() + " updates)", measured.percentileMillis(percentile), "ms")
                    .against("Kafka produce → consume p" + percentile + ", same cluster",
                            kafkaLatency.percentileMillis(percentile)));
        }
        results.add(Result.of(section, "of which: registry change → Kafka's acknowledgement (mean)",
                timer(registries, "zone_outbox_publication_delay").meanMillisSince(published), "ms"));
        for (int i = 0; i < replicas.size(); i++) {
            results.add(Result.of(section, "of which: registry change → applied in " + (i == 0 ? "indicators"
                    : "cooperation") + " (mean)", timer(replicas.get(i), "zone_replica_lag")
                    .meanMillisSince(lag.get(i)), "ms"));
        }
        results.add(Result.of(section, "after " + warmedUp + " updates to warm up: the services' JIT compilers, "
                + "busy", jitShare, "% of a core"));

        Ingested ingested = ingestion(instances, label, services);
        return new Figures(measured.p50(), measured.p95(), measured.p99(), ingested.api(), ingested.endToEnd(),
                ingested.togetherApi(), ingested.togetherEndToEnd());
    }

    /**
     * Batches of 10,000 as {@link Ingestion} sends them, one at a time, batch n to indicators instance n mod their
     * number; then two clients at once, each with a batch of 10,000 for instance k mod their number.
     */
    private Ingested ingestion(int instances, String label, List<Long> services) throws Exception {
        String section = "ingestion, " + label;
        List<Ingestion> through = cluster.urls(Kind.INDICATORS, instances).stream()
                .map(url -> new Ingestion(http, url, cluster)).toList();
        int warmups = roundUp(options.warmupBatches(), instances);
        say(label + ": ingestion, warming up (" + warmups + " batches of " + String.format("%,d", BATCH) + ") …");
        for (int i = 0; i < warmups; i++) {
            through.get(i % instances).send(Ingestion.take(rows, BATCH));
        }
        int repeats = roundUp(sequentialBatches(options), instances);
        say(label + ": ingestion, " + repeats + " batches of " + String.format("%,d", BATCH) + ", one at a time …");
        List<Ingestion.Throughput> runs = new ArrayList<>();
        JitActivity jit = JitActivity.start(services);
        for (int i = 0; i < repeats; i++) {
            runs.add(through.get(i % instances).send(Ingestion.take(rows, BATCH)));
        }
        double jitShare = jit.percentOfOneCore();
        double api = median(runs.stream().mapToDouble(Ingestion.Throughput::api).toArray());
        double endToEnd = median(runs.stream().mapToDouble(Ingestion.Throughput::endToEnd).toArray());
        through.getFirst().awaitQuiet();
        double plainKafka = plainKafka(through.get((repeats - 1) % instances).lastPublished());
        say("%s: one at a time, %,.0f values/s accepted, %,.0f end to end (plain Kafka %,.0f)".formatted(label, api,
                endToEnd, plainKafka));
        String batch = "batch of " + String.format("%,d", BATCH);
        results.add(Result.of(section, batch + ", one at a time: accepted by the API (median of " + repeats + ")",
                api, "values/s"));
        results.add(Result.of(section, batch + ", one at a time: end to end, until a subscriber has the last event",
                endToEnd, "values/s").against(PLAIN_KAFKA, plainKafka));
        results.add(Result.of(section, batch + ", one at a time: the services' JIT compilers, busy", jitShare,
                "% of a core"));

        int rounds = togetherRounds(options);
        say(label + ": ingestion, " + rounds + " rounds of " + CLIENTS + " clients at once, a batch of "
                + String.format("%,d", BATCH) + " each …");
        List<Ingestion.Throughput> together = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<List<Ingestion.Row>> batches = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                batches.add(Ingestion.take(rows, BATCH));
            }
            together.add(together(through, batches));
        }
        double togetherApi = median(together.stream().mapToDouble(Ingestion.Throughput::api).toArray());
        double togetherEndToEnd = median(together.stream().mapToDouble(Ingestion.Throughput::endToEnd).toArray());
        through.getFirst().awaitQuiet();
        double plainKafkaTogether = plainKafka(lastTogether);
        say("%s: %d clients at once, %,.0f values/s accepted, %,.0f end to end (plain Kafka %,.0f)".formatted(label,
                CLIENTS, togetherApi, togetherEndToEnd, plainKafkaTogether));
        String clients = CLIENTS + " clients at once, a " + batch + " each";
        results.add(Result.of(section, clients + ": accepted by the API, both answered (median of " + rounds + ")",
                togetherApi, "values/s"));
        results.add(Result.of(section, clients + ": end to end, until a subscriber has the last event",
                togetherEndToEnd, "values/s").against(PLAIN_KAFKA, plainKafkaTogether));
        return new Ingested(api, endToEnd, togetherApi, togetherEndToEnd);
    }

    /**
     * The batches posted at the same moment, batch k to instance k mod their number: values per second until every
     * client has its answer, and until a subscriber holds every value's event.
     */
    private Ingestion.Throughput together(List<Ingestion> through, List<List<Ingestion.Row>> batches)
            throws Exception {
        through.getFirst().awaitQuiet();
        List<String> urls = cluster.urls(Kind.INDICATORS, through.size());
        List<String> bodies = batches.stream().map(batch -> batch.stream().map(Ingestion.Row::json)
                .collect(Collectors.joining(",", "[", "]"))).toList();
        int total = batches.stream().mapToInt(List::size).sum();
        ExecutorService clients = Executors.newFixedThreadPool(batches.size());
        try (KafkaConsumer<String, byte[]> subscriber = through.getFirst().subscriberAtEnd()) {
            CountDownLatch ready = new CountDownLatch(batches.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Long>> answered = new ArrayList<>();
            for (int k = 0; k < batches.size(); k++) {
                String url = urls.get(k % urls.size()) + "/api/v1/values";
                String body = bodies.get(k);
                int size = batches.get(k).size();
                answered.add(clients.submit(() -> {
                    ready.countDown();
                    go.await();
                    Http.Response response = http.post(url, body).requireSuccess("POST values");
                    long at = System.nanoTime();
                    int imported = response.json().get("imported").asInt();
                    if (imported != size) {
                        throw new IllegalStateException("imported " + imported + " of " + size + ": "
                                + response.body());
                    }
                    return at;
                }));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            long lastAnswer = 0;
            for (Future<Long> answer : answered) {
                lastAnswer = Math.max(lastAnswer, answer.get());
            }
            lastTogether = Ingestion.receive(subscriber, total);
            long consumed = System.nanoTime();
            return new Ingestion.Throughput(total / ((lastAnswer - start) / 1e9), total / ((consumed - start) / 1e9));
        } finally {
            clients.shutdownNow();
        }
    }

    /** The two phases side by side: two instances' figure over one instance's. */
    private void compare(Figures one, Figures two) {
        String section = "2 instances against 1";
        String baseline = "1 instance";
        results.add(Result.of(section, "propagation p50", two.p50(), "ms").against(baseline, one.p50()));
        results.add(Result.of(section, "propagation p95", two.p95(), "ms").against(baseline, one.p95()));
        results.add(Result.of(section, "propagation p99", two.p99(), "ms").against(baseline, one.p99()));
        results.add(Result.of(section, "ingestion, one batch at a time: accepted by the API", two.api(), "values/s")
                .against(baseline, one.api()));
        results.add(Result.of(section, "ingestion, one batch at a time: end to end", two.endToEnd(), "values/s")
                .against(baseline, one.endToEnd()));
        results.add(Result.of(section, "ingestion, " + CLIENTS + " clients at once: accepted by the API",
                two.togetherApi(), "values/s").against(baseline, one.togetherApi()));
        results.add(Result.of(section, "ingestion, " + CLIENTS + " clients at once: end to end",
                two.togetherEndToEnd(), "values/s").against(baseline, one.togetherEndToEnd()));
    }

    /** Messages per second of plain Kafka with the records the zone published: the median of {@link #BASELINE_RUNS}. */
    private double plainKafka(List<KafkaBaseline.Message> published) {
        return kafka.produceConsumeThroughput(published, BASELINE_WARMUPS, BASELINE_RUNS);
    }

    /** A timer summed over every instance of a service (each instance counts what it did itself). */
    private TimerDelta timer(List<String> instances, String name) {
        double count = 0;
        double sum = 0;
        for (String instance : instances) {
            TimerDelta read = TimerDelta.read(http, instance, name);
            count += read.count();
            sum += read.sum();
        }
        return new TimerDelta(String.join(" ", instances), name, count, sum);
    }

    private static String notes() {
        return """
                One cluster, one run. **1 instance**: `registry-service-2`, `indicators-service-2` and \
                `cooperation-service-2` stopped (`docker stop`), every request to instance 1 (8081–8083). \
                **2 instances**: the same containers started again and healthy, the services' consumer groups \
                settled on both, requests spread across both instances' ports (8081–8083, 18081–18083): update n \
                read and sent through registry instance n mod 2 and looked for through replica instance n mod 2; \
                batch n to indicators instance n mod 2; of two clients at once, each on its own instance. The \
                two instances of a service share its database, and its consumer group: a change is applied by \
                the instance holding its partition, whichever instance is read. One instance is measured first, \
                so the two-instance phase finds the larger values table.

                Each phase warms up before it measures (registry updates, then batches), as the local benchmark \
                does; the baselines are plain kafka-clients on the same three brokers (topics of 3 replicas, \
                min.insync.replicas 2, acks=all), taken in the same phase. The services run in containers as \
                the compose file starts them (no heap settings: the JVM's defaults), on the same cores as the \
                brokers, PostgreSQL and the benchmark itself; figures are not comparable with the local \
                benchmark's (one broker, services as the local launcher starts them).""";
    }

    private static int roundUp(int count, int multiple) {
        return (count + multiple - 1) / multiple * multiple;
    }

    private static int sequentialBatches(BenchOptions options) {
        return options.quick() ? 2 : 24;
    }

    private static int togetherRounds(BenchOptions options) {
        return options.quick() ? 1 : 10;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void say(String what) {
        System.out.println("Cluster: " + what);
    }
}
