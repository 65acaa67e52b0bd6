package zone.xianggan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.utils.AppInfoParser;

import zone.xianggan.localstack.ServiceProcess;

/**
 * {@code bench/run.sh}: starts a fresh zone with the local launcher, loads it, measures it beside raw baselines
 * taken in the same run, prints a table, and writes it to {@code bench/results/} as Markdown, CSV and a chart.
 */
public final class ZoneBench {

    private ZoneBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        if (options.cluster()) {
            ClusterBench.run(options, projectRoot());
            return;
        }
        if (options.growth()) {
            Growth.run(options, projectRoot());
            return;
        }
        Machine.CpuTimes start = Machine.CpuTimes.now();
        Path root = projectRoot();
        Path dataDir = root.resolve("bench/target/zone-" + System.currentTimeMillis());
        List<Result> results = new ArrayList<>();
        Charts.Bars latency = new Charts.Bars();
        Charts.Bars throughput = new Charts.Bars();
        Charts.Bars reads = new Charts.Bars();
        String database;

        System.out.println("Starting a fresh zone (" + options.engine() + ") in " + dataDir + " …");
        try (BenchZone zone = BenchZone.start(root, dataDir, options.postgres())) {
            Http http = new Http(zone.tokens());
            database = zone.databaseName();
            results.add(Result.of("footprint", "launch to all healthy, with this build's start-up caches",
                    zone.launchSeconds(), "s").target("< 20 s", zone.launchSeconds() < 20));
            results.add(Result.of("footprint", "making the start-up caches before it (once per build; 0 when made "
                    + "by an earlier start)", zone.startupCacheSeconds(), "s"));
            String registry = zone.url(ServiceProcess.Kind.REGISTRY);
            List<String> replicas = List.of(zone.url(ServiceProcess.Kind.INDICATORS),
                    zone.url(ServiceProcess.Kind.COOPERATION));
            Replicas.awaitComplete(http, replicas);

            KafkaBaseline kafka = new KafkaBaseline(zone);
            if (options.measures("propagation")) {
                propagation(options, zone, http, registry, replicas, kafka, results, latency);
            }
            String indicators = zone.url(ServiceProcess.Kind.INDICATORS);
            List<String> units = Units.active(http, registry);
            Catalogue catalogue = new Catalogue(http, indicators);
            if (options.measures("ingestion")) {
                ingestion(options, zone, http, indicators, units, catalogue, kafka, results, throughput);
            }
            if (options.measures("reads")) {
                reads(options, zone, http, indicators, units, catalogue, results, reads);
            }
            if (options.measures("hostile")) {
                hostileInput(zone, http, indicators, results);
            }
            for (ServiceProcess.Kind kind : ServiceProcess.Kind.values()) {
                double rss = Machine.residentMiB(zone.pid(kind));
                String nativeMemory = Machine.nativeMemorySummary(zone.pid(kind));
                if (!nativeMemory.isEmpty()) {
                    System.out.println(kind.serviceName() + " native memory:\n" + nativeMemory);
                }
                results.add(Result.of("footprint", kind.serviceName() + " resident memory after the run", rss, "MiB")
                        .target("< 400 MiB", rss < 400));
            }
        }

        String runKind = options.quick() ? " (quick run: not for comparison)"
                : options.partial() ? " (only " + String.join(", ", options.only()) + ")" : "";
        String title = "Xiang-Gan Zone benchmark — " + options.engine() + runKind + " — "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> facts = Machine.facts(database, AppInfoParser.getVersion(), start);
        String markdown = Report.markdown(title, facts, results, "");
        System.out.println();
        System.out.println(markdown);
        Path results_ = root.resolve("bench/results");
        String name = options.engine() + (options.quick() ? "-quick" : options.partial() ? "-partial" : "");
        Report.write(results_.resolve(name + ".md"), markdown);
        Report.write(results_.resolve(name + ".csv"), Report.csv(results));
        Charts.write(results_.resolve(name + ".png"), "Xiang-Gan Zone (" + options.engine() + ")",
                List.of("ingestion beside its baselines", "propagation latency beside Kafka's",
                        "reads under load (aggregates and a time series)"),
                List.of("values per second", "milliseconds", "milliseconds"), List.of(throughput, latency, reads));
        System.out.println("Written to " + results_.resolve(name + ".{md,csv,png}"));
    }

    /**
     * A registry update acknowledged → visible in both replicas, cold and warmed up, beside plain Kafka's latency;
     * and a value reported → visible in a project's outcome view.
     */
    private static void propagation(BenchOptions options, BenchZone zone, Http http, String registry,
        List<String> replicas, KafkaBaseline kafka, List<Result> results, Charts.Bars latency)
        throws Exception {
        List<Long> services = zone.pids();
        System.out.println("Propagation: plain Kafka, " + options.warmupUpdates() + " messages to warm up and "
                + options.updates() + " measured …");
        Latencies kafkaLatency = kafka.produceConsumeLatency(options.warmupUpdates(), options.updates(),
                "{\"bench\":true}".getBytes());
        Propagation propagation = new Propagation(http, registry, replicas);
        System.out.println("Propagation: the first " + options.updates() + " registry updates after launch …");
        JitActivity coldJit = JitActivity.start(services);
        Latencies cold = propagation.measure(options.updates());
        double coldJitShare = coldJit.percentOfOneCore();
        System.out.println("Propagation: " + options.warmupUpdates() + " updates to warm up, more while the "
                + "services' JIT compilers are busy, then " + options.updates() + " measured …");
        int warmupUpdates = propagation.warmUp(options.warmupUpdates(), options.quick() ? 0 : 5_000, services);
        TimerDelta publishedBefore = TimerDelta.read(http, registry, "zone_outbox_publication_delay");
        List<TimerDelta> lagBefore = replicas.stream()
                .map(replica -> TimerDelta.read(http, replica, "zone_replica_lag")).toList();
        JitActivity warmJit = JitActivity.start(services);
        Latencies warm = propagation.measure(options.updates());
        double warmJitShare = warmJit.percentOfOneCore();
        System.out.printf("Propagation: p50 %.1f, p95 %.1f, p99 %.1f ms (plain Kafka p99 %.1f ms)%n", warm.p50(),
                warm.p95(), warm.p99(), kafkaLatency.p99());
        for (int percentile : new int[] { 50, 99 }) {
            results.add(Result.of("propagation", "the first " + options.updates() + " updates after launch: "
                    + "acknowledged → visible in both replicas, p" + percentile, cold.percentileMillis(percentile),
                    "ms"));
        }
        results.add(Result.of("propagation", "the first " + options.updates() + " updates after launch: the "
                + "services' JIT compilers, busy", coldJitShare, "% of a core"));
        results.add(Result.of("propagation", "after " + warmupUpdates + " more updates: the services' "
                + "JIT compilers, busy", warmJitShare, "% of a core"));
        results.add(Result.of("propagation", "of which: registry change → Kafka's acknowledgement (mean)",
                TimerDelta.read(http, registry, "zone_outbox_publication_delay").meanMillisSince(publishedBefore),
                "ms"));
        for (int i = 0; i < replicas.size(); i++) {
            results.add(Result.of("propagation", "of which: registry change → applied in replica " + (i + 1)
                    + " (mean)", TimerDelta.read(http, replicas.get(i), "zone_replica_lag")
                    .meanMillisSince(lagBefore.get(i)), "ms"));
        }
        for (int percentile : new int[] { 50, 95, 99 }) {
            double zoneMs = warm.percentileMillis(percentile);
            double kafkaMs = kafkaLatency.percentileMillis(percentile);
            Result result = Result.of("propagation", "warmed up: update acknowledged → visible in both "
                    + "replicas, p" + percentile, zoneMs, "ms").against("Kafka produce → consume p" + percentile, kafkaMs);
            if (percentile == 99) {
                result = result.target("≤ 2 × Kafka p99 + 10 ms", zoneMs <= 2 * kafkaMs + 10);
            }
            results.add(result);
            latency.add("p" + percentile, "registry → both replicas", zoneMs);
            latency.add("p" + percentile, "plain Kafka produce → consume", kafkaMs);
        }

        String indicators = zone.url(ServiceProcess.Kind.INDICATORS);
        System.out.println("Propagation: values to a project's outcome view …");
        Latencies outcome = new OutcomeVisibility(http, indicators, zone.url(ServiceProcess.Kind.COOPERATION))
                .measure(options.quick() ? 30 : 200);
        for (int percentile : new int[] { 50, 95, 99 }) {
            double ms = outcome.percentileMillis(percentile);
            Result result = Result.of("propagation", "value reported → visible in a project's outcome view, p"
                    + percentile, ms, "ms");
            results.add(percentile == 99 ? result.target("≤ 2 s (issue 4)", ms <= 2000) : result);
        }
    }

    /** The attacks of issue 22: each refused, and the service ready after. */
    private static void hostileInput(BenchZone zone, Http http, String indicators, List<Result> results)
        throws Exception {
        System.out.println("Hostile input: the attacks of issue 22 …");
        for (HostileInput.Attack attack : new HostileInput(http, zone.tokens(), indicators).run()) {
            boolean refused = attack.status() >= 400 && attack.status() < 500 && attack.healthyAfter();
            Result result = Result.of("hostile input", attack.name() + ": refused with " + attack.status()
                    + " after " + Report.number(attack.bytesSent() / 1024.0 / 1024.0) + " MiB sent",
                    attack.millis(), "ms");
            // Issue 22 asks the number be refused in well under a second; the bodies' times are reported.
            results.add(attack.name().contains("1E+") ? result.target("4xx in < 1 s, the service ready after",
                    refused && attack.millis() < 1000) : result.target("4xx, the service ready after", refused));
        }
    }

    /** Batches of 1,000 and 10,000 through the API and to a subscriber, beside plain JDBC and plain Kafka. */
    private static void ingestion(BenchOptions options, BenchZone zone, Http http, String indicators,
            List<String> units, Catalogue catalogue, KafkaBaseline kafka, List<Result> results, Charts.Bars chart)
            throws Exception {
        List<Long> services = zone.pids();
        int warmups = options.warmupBatches();
        int thousands = options.quick() ? 2 : 15;
        // Batches of 10,000 take one or two full collections of a service's heap, or none: 25 of them for a median
        // that does not move with where those fall.
        int tenThousands = options.quick() ? 1 : 25;
        long values = (long) warmups * 11_000 + thousands * 1_000L + tenThousands * 10_000L;
        int monthlyIndicators = (int) Math.ceil((double) values / Ingestion.valuesPerMonthlyIndicator(units));
        List<Catalogue.Indicator> monthly = catalogue.ensure("MONTH", monthlyIndicators, "BENCH_MONTHLY_");
        Iterator<Ingestion.Row> rows = Ingestion.monthlyRows(units, monthly);
        Ingestion ingestion = new Ingestion(http, indicators, zone);
        // Warmed up as JMH warms up the JDBC baseline: a service is measured as it runs for years, with its code
        // compiled, not in its first minutes (the JIT's share during the measurement is reported beside it).
        System.out.println("Ingestion: warming up (" + warmups + " batches of each size) …");
        for (int i = 0; i < warmups; i++) {
            ingestion.send(Ingestion.take(rows, 1_000));
            ingestion.send(Ingestion.take(rows, 10_000));
        }
        Map<Integer, Double> jdbc = null;
        for (int size : new int[] { 1_000, 10_000 }) {
            int repeats = size == 1_000 ? thousands : tenThousands;
            System.out.println("Ingestion: " + repeats + " batches of " + size + " …");
            List<Ingestion.Throughput> runs = new ArrayList<>();
            JitActivity jit = JitActivity.start(services);
            for (int i = 0; i < repeats; i++) {
                runs.add(ingestion.send(Ingestion.take(rows, size)));
            }
            double jitShare = jit.percentOfOneCore();
            double api = median(runs.stream().mapToDouble(Ingestion.Throughput::api).toArray());
            double endToEnd = median(runs.stream().mapToDouble(Ingestion.Throughput::endToEnd).toArray());
            // The baselines too start on a quiet zone: not beside the subscribers still consuming the last batch.
            ingestion.awaitQuiet();
            if (jdbc == null) {
                System.out.println("Baseline: plain JDBC batch inserts under JMH …");
                jdbc = JdbcBaseline.rowsPerSecond(zone.baselineDatabase(), options.quick(), 1_000, 10_000);
            }
            double plainKafka = kafka.produceConsumeThroughput(ingestion.lastPublished(), KAFKA_WARMUPS,
                    KAFKA_ROUNDS);
            String label = "batch of " + String.format("%,d", size);
            Result accepted = Result.of("ingestion", label + ": accepted by the API", api, "values/s")
                    .against("plain JDBC batch insert, same engine", jdbc.get(size));
            Result endToEndResult = Result.of("ingestion", label + ": end to end, until a subscriber has the last "
                    + "event", endToEnd, "values/s").against("plain Kafka produce → consume of the records the zone "
                    + "published (median of " + KAFKA_ROUNDS + ")", plainKafka);
            // Issue 23 raised the targets for batches of 10,000; batches of 1,000 keep the earlier one.
            if (size == 10_000) {
                accepted = accepted.target("≥ 0.8 of JDBC", api >= 0.8 * jdbc.get(size));
                endToEndResult = endToEndResult.target("≥ 0.6 of plain Kafka", endToEnd >= 0.6 * plainKafka);
            } else {
                accepted = accepted.target("≥ 0.5 of JDBC", api >= 0.5 * jdbc.get(size));
            }
            results.add(accepted);
            results.add(endToEndResult);
            results.add(Result.of("ingestion", label + ": the services' JIT compilers, busy", jitShare,
                    "% of a core"));
            chart.add(label, "batch API", api);
            chart.add(label, "plain JDBC batch insert", jdbc.get(size));
            chart.add(label, "end to end (API → subscriber)", endToEnd);
            chart.add(label, "plain Kafka produce → consume", plainKafka);
        }
    }

    /** 24 units × 60 indicators × 15 years, then aggregates and time series at 1, 8 and 32 clients. */
    private static void reads(BenchOptions options, BenchZone zone, Http http, String indicators, List<String> units,
            Catalogue catalogue, List<Result> results, Charts.Bars chart) throws InterruptedException {
        List<Long> services = zone.pids();
        List<Catalogue.Indicator> yearly = catalogue.ensure("YEAR", 60, "BENCH_YEARLY_");
        int firstYear = 2010;
        int years = 15;
        System.out.println("Reads: loading " + units.size() + " units × " + yearly.size() + " indicators × " + years
                + " years …");
        Ingestion loader = new Ingestion(http, indicators, zone);
        for (List<Ingestion.Row> batch : ReadsUnderLoad.dataset(units, yearly, firstYear, years)) {
            loader.load(batch);
        }
        loader.awaitQuiet();
        ReadsUnderLoad load = new ReadsUnderLoad(http, indicators, yearly.stream().map(Catalogue.Indicator::code)
                .toList(), units);
        // Warmed up as the other sections are: the read path's code compiled, as it runs for years.
        System.out.println("Reads: warming up (" + options.warmupReadSeconds() + " s at 8 clients) …");
        load.run(8, options.warmupReadSeconds(), firstYear, years);
        for (int clients : new int[] { 1, 8, 32 }) {
            String label = clients == 1 ? "1 client" : clients + " clients";
            System.out.println("Reads: " + label + " …");
            JitActivity jit = JitActivity.start(services);
            TimerDelta tokensBefore = TimerDelta.read(http, indicators, TOKEN_CHECKS);
            Map<String, Latencies> measured = load.run(clients, options.quick() ? 3 : 15, firstYear, years);
            double tokenCheck = TimerDelta.read(http, indicators, TOKEN_CHECKS).meanMillisSince(tokensBefore);
            results.add(Result.of("reads", label + ": the services' JIT compilers, busy",
                    jit.percentOfOneCore(), "% of a core"));
            // What checking each request's token costs in the service (Spring Security's own timer around it:
            // the signature against the cached keys, issuer, audience, lifetime, the agency read from the claims).
            double fastestP50 = measured.values().stream().mapToDouble(Latencies::p50).min().orElse(Double.NaN);
            Result tokens = Result.of("reads", "token check in the service, " + label + " (mean)", tokenCheck, "ms");
            results.add(clients == 8 ? tokens.target("≤ 10 % of read p50 (" + String.format("%.3f", fastestP50)
                    + " ms)", tokenCheck <= 0.1 * fastestP50) : tokens);
            measured.forEach((query, latencies) -> {
                for (int percentile : new int[] { 50, 99 }) {
                    double ms = latencies.percentileMillis(percentile);
                    Result result = Result.of("reads", query + ", " + label + ", p" + percentile
                            + " (" + latencies.count() + " requests)", ms, "ms");
                    if (clients == 8 && percentile == 99 && query.endsWith("aggregate")) {
                        result = result.target("< 20 ms at 8 clients", ms < 20);
                    }
                    results.add(result);
                }
                if (query.endsWith("aggregate")) {
                    chart.add(label, query + " p50", latencies.p50());
                }
                chart.add(label, query.endsWith("aggregate") ? query + " p99" : "time series p99",
                        latencies.p99());
            });
        }
    }

    /** Spring Security's observation of each authentication, as Micrometer times it. */
    /** Rounds of the plain Kafka throughput baseline, after as many to warm it up: warm, as the zone is measured. */
    private static final int KAFKA_ROUNDS = 9;
    private static final int KAFKA_WARMUPS = 5;

    private static final String TOKEN_CHECKS = "spring_security_authentications";

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("local-stack"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run the benchmark from the repository (bench/run.sh)");
    }
}
