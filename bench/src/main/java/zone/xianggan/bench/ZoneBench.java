package zone.xianggan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.utils.AppInfoParser;

import zone.xianggan.localstack.ZoneService;

/**
 * {@code bench/run.sh}: starts a fresh zone with the local launcher, loads it, measures it beside raw baselines
 * taken in the same run, prints a table, and writes it to {@code bench/results/} as Markdown, CSV and a chart.
 */
public final class ZoneBench {

    private ZoneBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path root = projectRoot();
        Path dataDir = root.resolve("bench/target/zone-" + System.currentTimeMillis());
        List<Result> results = new ArrayList<>();
        Charts.Bars latency = new Charts.Bars();
        String database;
        Http http = new Http();

        System.out.println("Starting a fresh zone (" + options.engine() + ") in " + dataDir + " …");
        try (BenchZone zone = BenchZone.start(root, dataDir, options.postgres())) {
            database = zone.databaseName();
            results.add(Result.of("footprint", "launch to all healthy", zone.launchSeconds(), "s"));
            String registry = zone.url(ZoneService.Kind.REGISTRY);
            List<String> replicas = List.of(zone.url(ZoneService.Kind.INDICATORS),
                    zone.url(ZoneService.Kind.COOPERATION));
            Replicas.awaitComplete(http, replicas);

            System.out.println("Propagation: " + options.updates() + " registry updates …");
            KafkaBaseline kafka = new KafkaBaseline(zone.kafka());
            Latencies kafkaLatency = kafka.produceConsumeLatency(options.updates(), "{\"bench\":true}".getBytes());
            Latencies propagation = new Propagation(http, registry, replicas).measure(options.updates());
            for (int percentile : new int[] { 50, 95, 99 }) {
                double zoneMs = propagation.percentileMillis(percentile);
                double kafkaMs = kafkaLatency.percentileMillis(percentile);
                Result result = Result.of("propagation", "update acknowledged → visible in both replicas, p"
                        + percentile, zoneMs, "ms").against("Kafka produce → consume p" + percentile, kafkaMs);
                if (percentile == 99) {
                    result = result.target("≤ 3 × Kafka p99 + 20 ms", zoneMs <= 3 * kafkaMs + 20);
                }
                results.add(result);
                latency.add("p" + percentile, "registry → both replicas", zoneMs);
                latency.add("p" + percentile, "plain Kafka produce → consume", kafkaMs);
            }

            for (ZoneService.Kind kind : ZoneService.Kind.values()) {
                double rss = Machine.residentMiB(zone.pid(kind));
                results.add(Result.of("footprint", kind.serviceName() + " resident memory after the run", rss, "MiB")
                        .target("< 400 MiB", rss < 400));
            }
        }

        String title = "Xiang-Gan Zone benchmark — " + options.engine()
                + (options.quick() ? " (quick run: not for comparison)" : "") + " — "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> facts = Machine.facts(database, AppInfoParser.getVersion());
        String markdown = Report.markdown(title, facts, results, "");
        System.out.println();
        System.out.println(markdown);
        Path results_ = root.resolve("bench/results");
        String name = options.engine() + (options.quick() ? "-quick" : "");
        Report.write(results_.resolve(name + ".md"), markdown);
        Report.write(results_.resolve(name + ".csv"), Report.csv(results));
        Charts.write(results_.resolve(name + ".png"), "Xiang-Gan Zone (" + options.engine() + ")",
                List.of("propagation latency"), List.of("milliseconds"), List.of(latency));
        System.out.println("Written to " + results_.resolve(name + ".{md,csv,png}"));
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
