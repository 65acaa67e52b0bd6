package zone.xianggan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.AppInfoParser;
import tools.jackson.databind.JsonNode;

import zone.xianggan.events.ServiceNames;
import zone.xianggan.events.Topics;
import zone.xianggan.localstack.ServiceProcess;

/**
 * {@code bench/run.sh --growth}: the cost curve of the zone's data growing (issue 23, point 5). A fresh zone's
 * stored values grow through the batch API, in batches of 10,000, to 10^5, 10^6 and 10^7 (with {@code --quick}, to
 * 10^5 and 10^6); at each step it measures the ingestion rate of the batches that got it there, the aggregate reads'
 * p50 and p99 at 8 clients, each service's resident memory and the size on disk of the databases and of Kafka's log.
 *
 * <p>The values are those of {@link Ingestion#monthlyRows}: the 24 units, every month from 2000-01 to 2025-12 (312),
 * for as many monthly indicators as it takes (1,336 for 10^7). A period's year must lie in 1900–2999 and the period
 * must have begun, and the catalogue takes any number of indicators, so 10^7 values of 24 units need either 1,336
 * indicators over 26 years or, at the 200 indicators, 174 years of months, more than the 127 since 1900: the
 * data grows here the way a catalogue widens (more indicators), each indicator with a quarter-century of history.
 *
 * <p>Each batch is sent once the one before is published and applied by every subscriber in the zone
 * (cooperation-service keeps a replica of every value), as the benchmark's ingestion section does: the API rate is
 * the service's alone, and end to end is the rate the zone sustains with its replica kept up to date.
 */
final class Growth {

    private static final int BATCH = 10_000;
    private static final int CLIENTS = 8;
    /** A load average (1 min) under which the machine is taken to be the zone's: 2 cores, and the zone idle. */
    private static final double CALM = 3;
    /** The databases {@link BenchZone} creates on PostgreSQL, one per service. */
    private static final String PG_PREFIX = "zone_bench_";

    private Growth() {
    }

    static void run(BenchOptions options, Path root) throws Exception {
        Machine.CpuTimes cpuAtStart = Machine.CpuTimes.now();
        long runStart = System.nanoTime();
        List<Long> steps = options.quick() ? List.of(100_000L, 1_000_000L)
                : List.of(100_000L, 1_000_000L, 10_000_000L);
        double readSeconds = options.quick() ? 3 : 15;
        double warmupSeconds = options.quick() ? 2 : 10;
        Path dataDir = root.resolve("bench/target/zone-growth-" + System.currentTimeMillis());
        List<Result> results = new ArrayList<>();
        Charts.Bars latency = new Charts.Bars();
        Charts.Bars rates = new Charts.Bars();
        Charts.Bars memory = new Charts.Bars();
        Charts.Bars disk = new Charts.Bars();
        String database;
        String shape;

        System.out.println("Starting a fresh zone (" + options.engine() + ") in " + dataDir + " …");
        try (BenchZone zone = BenchZone.start(root, dataDir, options.postgres())) {
            Http http = new Http(zone.tokens());
            database = zone.databaseName();
            String indicators = zone.url(ServiceProcess.Kind.INDICATORS);
            Replicas.awaitComplete(http, List.of(indicators, zone.url(ServiceProcess.Kind.COOPERATION)));
            List<String> units = Units.active(http, zone.url(ServiceProcess.Kind.REGISTRY));
            int perIndicator = Ingestion.valuesPerMonthlyIndicator(units);
            List<String> months = months(perIndicator / units.size());
            long last = steps.getLast();
            int indicatorCount = (int) Math.ceil((double) last / perIndicator);
            shape = units.size() + " units × " + indicatorCount + " monthly indicators × " + months.size()
                    + " months (" + months.getFirst() + " … " + months.getLast() + ")";
            System.out.println("Defining " + indicatorCount + " monthly indicators: " + shape + " …");
            List<Catalogue.Indicator> monthly = new Catalogue(http, indicators).ensure("MONTH", indicatorCount,
                    "BENCH_GROWTH_");
            Subscribers.awaitCaughtUp(zone);
            Iterator<Ingestion.Row> rows = Ingestion.monthlyRows(units, monthly);
            GrowthReads reads = new GrowthReads(http, indicators);
            long stored = 0;
            try (ValuesApplied applied = new ValuesApplied(zone)) {
                for (long target : steps) {
                    String step = label(target);
                    String section = step + " values";
                    String batches = String.format("%,d batches of 10,000 from %s to %s", (target - stored) / BATCH,
                            stored == 0 ? "0" : label(stored), step);
                    List<TimerDelta> gcBefore = gcTimers(http, zone);
                    Growing growing = grow(http, indicators, rows, applied, stored, target);
                    stored = target;
                    System.out.printf("%s: %,d values in %.0f s; API %,.0f values/s (last tenth %,.0f), published "
                            + "%,.0f, end to end %,.0f%n", step, stored, growing.wallSeconds(), growing.apiRate(),
                            growing.lastTenthApiRate(), growing.publishedRate(), growing.endToEndRate());
                    results.add(Result.of(section, "ingestion: the " + batches + ", accepted by the API",
                            growing.apiRate(), "values/s"));
                    results.add(Result.of(section, "ingestion: the last tenth of them (" + growing.lastTenth()
                            + " batches), accepted by the API", growing.lastTenthApiRate(), "values/s"));
                    results.add(Result.of(section, "ingestion: the same, until all published (acknowledged by "
                            + "Kafka)", growing.publishedRate(), "values/s"));
                    results.add(Result.of(section, "ingestion: the same, end to end (until all applied in "
                            + "cooperation-service's replica)", growing.endToEndRate(), "values/s"));
                    results.add(Result.of(section, "ingestion: slowest batch through the API", growing.slowestApiMs(),
                            "ms"));
                    results.add(Result.of(section, "time to grow to this step", growing.wallSeconds(), "s"));
                    rates.add(step, "batch API", growing.apiRate());
                    rates.add(step, "batch API, last tenth", growing.lastTenthApiRate());
                    rates.add(step, "published (Kafka's acknowledgement)", growing.publishedRate());
                    rates.add(step, "end to end (cooperation's replica)", growing.endToEndRate());
                    List<TimerDelta> gcAfter = gcTimers(http, zone);
                    for (int i = 0; i < gcAfter.size(); i++) {
                        TimerDelta before = gcBefore.get(i);
                        TimerDelta after = gcAfter.get(i);
                        results.add(Result.of(section, serviceOf(zone, after.service()) + ": time in garbage "
                                + "collection while growing (" + Math.round(after.count() - before.count())
                                + " collections)", (after.sum() - before.sum()) * 1000, "ms"));
                    }

                    List<String> complete = monthly.subList(0, (int) (stored / perIndicator)).stream()
                            .map(Catalogue.Indicator::code).toList();
                    check(reads, monthly.get(complete.size() - 1), months.getLast(), units.size());
                    System.out.println(step + ": reads, " + warmupSeconds + " s to warm up, then " + readSeconds
                            + " s at " + CLIENTS + " clients, over " + complete.size() + " indicators × "
                            + months.size() + " months …");
                    awaitCalm(options.quick() ? 0 : 15);
                    reads.run(CLIENTS, warmupSeconds, complete, months);
                    Map<String, Latencies> measured = reads.run(CLIENTS, readSeconds, complete, months);
                    measured.forEach((query, latencies) -> {
                        boolean all = query.equals(GrowthReads.ALL);
                        for (int percentile : all ? new int[] { 50, 99 } : new int[] { 99 }) {
                            double ms = latencies.percentileMillis(percentile);
                            Result result = Result.of(section, query + ", " + CLIENTS + " clients, p" + percentile
                                    + " (" + latencies.count() + " requests)", ms, "ms");
                            if (all && percentile == 99 && target == 10_000_000L) {
                                result = result.target("< 20 ms at 8 clients at 10^7", ms < 20);
                            }
                            results.add(result);
                        }
                    });
                    results.add(Result.of(section, "the machine's load average over the last minute, after the reads",
                            loadAverage(), "runnable tasks"));
                    Latencies all = measured.get(GrowthReads.ALL);
                    System.out.printf("%s: aggregates p50 %.2f ms, p99 %.2f ms (%d requests)%n", step, all.p50(),
                            all.p99(), all.count());
                    latency.add(step, "aggregate p50", all.p50());
                    latency.add(step, "aggregate p99", all.p99());

                    for (ServiceProcess.Kind kind : ServiceProcess.Kind.values()) {
                        double rss = Machine.residentMiB(zone.pid(kind));
                        results.add(Result.of(section, kind.serviceName() + " resident memory", rss, "MiB")
                                .target("< 400 MiB", rss < 400));
                        memory.add(step, kind.serviceName(), rss);
                    }
                    for (Map.Entry<String, Double> size : diskSizes(zone, dataDir, options.postgres()).entrySet()) {
                        results.add(Result.of(section, size.getKey() + " on disk", size.getValue(), "MiB"));
                        disk.add(step, size.getKey(), size.getValue());
                    }
                }
            }
        }

        double minutes = (System.nanoTime() - runStart) / 60e9;
        String title = "Xiang-Gan Zone, the data growing — " + options.engine()
                + (options.quick() ? " (quick run: not for comparison)" : "") + " — "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> facts = new LinkedHashMap<>(Machine.facts(database, AppInfoParser.getVersion(),
                cpuAtStart));
        facts.put("dataset", shape);
        facts.put("the whole run", String.format("%.0f min", minutes));
        String notes = """
                Values grow through the batch API (`POST /api/v1/values`, batches of 10,000) as the zone office \
                reports them. Each batch is sent once the one before is published to `indicators.values.v1` and \
                applied by every subscriber in the zone (cooperation-service keeps a replica of every value): \
                *accepted by the API* is values ÷ the time the requests took; *end to end* is values ÷ the time \
                from each request to its last value applied in cooperation-service's replica. The last tenth is \
                the rate at the size reached, not averaged over the growth.

                Reads: the aggregates of the benchmark's reads section (`GET /api/v1/aggregates`, the zone, a \
                province's part, a city cluster, in turn), at %d clients each sending its next request when the \
                last is answered, for %.0f s after %.0f s of warm-up; each request names an indicator and a month \
                drawn at random from all that are stored, so that the reads reach the whole table. The machine is \
                shared: before the reads the harness waits (up to 15 min) for its load average to fall under 3, \
                and the table gives the load after them.

                Memory: resident set of each process (`VmRSS`) after the step's reads. On disk: each service's \
                database (H2: its file; PostgreSQL: `pg_database_size`) and the log segments of \
                `indicators.values.v1`, where every value is an event kept for ever.""".formatted(CLIENTS, readSeconds, warmupSeconds);
        String markdown = Report.markdown(title, facts, results, notes);
        System.out.println();
        System.out.println(markdown);
        Path directory = root.resolve("bench/results");
        String name = "growth-" + options.engine() + (options.quick() ? "-quick" : "");
        Report.write(directory.resolve(name + ".md"), markdown);
        Report.write(directory.resolve(name + ".csv"), Report.csv(results));
        Charts.write(directory.resolve(name + ".png"), "Xiang-Gan Zone growing (" + options.engine() + ")",
                List.of("aggregate reads at 8 clients", "ingestion", "resident memory", "on disk"),
                List.of("milliseconds", "values per second", "MiB", "MiB"), List.of(latency, rates, memory, disk));
        System.out.println("Written to " + directory.resolve(name + ".{md,csv,png}") + " in "
                + String.format("%.0f", minutes) + " min. The zone's data is left in " + dataDir);
    }

    /** What growing by one step took. */
    record Growing(int batches, int lastTenth, long apiNanos, long lastTenthApiNanos, long publishedNanos,
            long endToEndNanos, long slowestApiNanos, long wallNanos) {

        double publishedRate() {
            return (double) batches * BATCH / (publishedNanos / 1e9);
        }

        double apiRate() {
            return (double) batches * BATCH / (apiNanos / 1e9);
        }

        double lastTenthApiRate() {
            return (double) lastTenth * BATCH / (lastTenthApiNanos / 1e9);
        }

        double endToEndRate() {
            return (double) batches * BATCH / (endToEndNanos / 1e9);
        }

        double slowestApiMs() {
            return slowestApiNanos / 1e6;
        }

        double wallSeconds() {
            return wallNanos / 1e9;
        }
    }

    private static Growing grow(Http http, String indicators, Iterator<Ingestion.Row> rows, ValuesApplied applied,
            long from, long to) {
        int batches = (int) ((to - from) / BATCH);
        int lastTenth = Math.max(1, batches / 10);
        long api = 0;
        long published = 0;
        long lastTenthApi = 0;
        long endToEnd = 0;
        long slowest = 0;
        long start = System.nanoTime();
        for (int i = 0; i < batches; i++) {
            String body = Ingestion.take(rows, BATCH).stream().map(Ingestion.Row::json)
                    .collect(Collectors.joining(",", "[", "]"));
            long sent = System.nanoTime();
            Http.Response response = http.post(indicators + "/api/v1/values", body).requireSuccess("POST values");
            long accepted = System.nanoTime();
            int imported = response.json().get("imported").asInt();
            if (imported != BATCH) {
                throw new IllegalStateException("imported " + imported + " of " + BATCH + ": " + response.body());
            }
            ValuesApplied.Times times = applied.await(BATCH);
            api += accepted - sent;
            published += times.published() - sent;
            endToEnd += times.applied() - sent;
            slowest = Math.max(slowest, accepted - sent);
            if (i >= batches - lastTenth) {
                lastTenthApi += accepted - sent;
            }
            if ((i + 1) % Math.max(1, batches / 20) == 0) {
                System.out.printf("  %,d values: API %,.0f values/s, end to end %,.0f (%.0f s)%n",
                        from + (long) (i + 1) * BATCH, (i + 1.0) * BATCH / (api / 1e9),
                        (i + 1.0) * BATCH / (endToEnd / 1e9), (System.nanoTime() - start) / 1e9);
            }
        }
        return new Growing(batches, lastTenth, api, lastTenthApi, published, endToEnd, slowest,
                System.nanoTime() - start);
    }

    /** The zone's aggregate of the last complete indicator's last month: every unit, the sum of their figures. */
    private static void check(GrowthReads reads, Catalogue.Indicator indicator, String month, int units) {
        JsonNode aggregate = reads.zoneAggregate(indicator.code(), month).json();
        BigDecimal expected = indicator.value().multiply(BigDecimal.valueOf(units));
        if (aggregate.get("coveredCount").asInt() != units
                || aggregate.get("value").decimalValue().compareTo(expected) != 0) {
            throw new IllegalStateException("the zone's aggregate of " + indicator.code() + " for " + month
                    + " is not " + units + " units summing to " + expected + ": " + aggregate);
        }
    }

    /** On a machine shared with other work, what else ran beside the zone (2 cores: above 2, a queue). */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Waits, up to {@code minutes}, for the machine's load average to fall under {@link #CALM}: on two cores shared
     * with other work, reads measured beside someone else's build measure the build. The table shows the load.
     */
    private static void awaitCalm(int minutes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        if (loadAverage() >= CALM && minutes > 0) {
            System.out.printf("  the machine's load average is %.1f: waiting up to %d min for it to fall under %.0f …%n",
                    loadAverage(), minutes, CALM);
        }
        while (loadAverage() >= CALM && System.nanoTime() < deadline) {
            Thread.sleep(5_000);
        }
    }

    private static List<String> months(int count) {
        List<String> months = new ArrayList<>(count);
        for (int month = 0; month < count; month++) {
            months.add("%d-%02d".formatted(2000 + month / 12, 1 + month % 12));
        }
        return months;
    }

    /** 10^5 for 100,000. */
    private static String label(long values) {
        int exponent = (int) Math.round(Math.log10(values));
        return (long) Math.pow(10, exponent) == values ? "10^" + exponent : String.format("%,d", values);
    }

    /** The garbage collectors' pauses, as each data service's Micrometer times them. */
    private static List<TimerDelta> gcTimers(Http http, BenchZone zone) {
        return ServiceProcess.Kind.DATA_SERVICES.stream()
                .map(kind -> TimerDelta.read(http, zone.url(kind), "jvm_gc_pause")).toList();
    }

    private static String serviceOf(BenchZone zone, String url) {
        return ServiceProcess.Kind.DATA_SERVICES.stream().filter(kind -> zone.url(kind).equals(url)).findFirst()
                .map(ServiceProcess.Kind::serviceName).orElse(url);
    }

    /** MiB on disk of each data service's database and of Kafka's log. */
    private static Map<String, Double> diskSizes(BenchZone zone, Path dataDir, boolean postgres) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        for (ServiceProcess.Kind kind : ServiceProcess.Kind.DATA_SERVICES) {
            String name = kind.serviceName();
            sizes.put(name + " database", postgres ? postgresMiB(zone.baselineDatabase(),
                    PG_PREFIX + name.substring(0, name.indexOf('-'))) : directoryMiB(dataDir.resolve(name)));
        }
        sizes.put("Kafka: " + Topics.INDICATORS_VALUES_V1 + "'s segments", valuesSegmentsMiB(dataDir.resolve("kafka")
                .resolve("log")));
        return sizes;
    }

    private static double directoryMiB(Path directory) {
        return mebibytes(directory, Files::isRegularFile);
    }

    /**
     * The values topic's log segments: what Kafka holds of the values. Not its whole directory, whose index files are
     * allocated at 10 MB each up front (20 MB for each of __consumer_offsets' 50 partitions).
     */
    private static double valuesSegmentsMiB(Path log) {
        return mebibytes(log, file -> file.getParent().getFileName().toString()
                .startsWith(Topics.INDICATORS_VALUES_V1 + "-") && file.getFileName().toString().endsWith(".log"));
    }

    /** The size of the files below {@code directory} that {@code counted} selects; a file gone meanwhile counts 0. */
    private static double mebibytes(Path directory, Predicate<Path> counted) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(counted).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum() / 1024.0 / 1024.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double postgresMiB(BenchZone.JdbcTarget server, String database) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                PreparedStatement size = connection.prepareStatement("SELECT pg_database_size(?)")) {
            size.setString(1, database);
            try (ResultSet rs = size.executeQuery()) {
                rs.next();
                return rs.getLong(1) / 1024.0 / 1024.0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the size of " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits for a batch's values to be published on {@code indicators.values.v1} and applied by cooperation-service,
     * the zone's one subscriber of that topic: its committed offsets reach the topic's end. One admin client for the
     * whole run, polled every few milliseconds, so that the wait adds little to the batch's end-to-end time.
     */
    private static final class ValuesApplied implements AutoCloseable {

        private final Admin admin;
        private final Map<TopicPartition, OffsetSpec> partitions;
        private long expectedEnd;

        ValuesApplied(BenchZone zone) throws Exception {
            this.admin = Admin.create(zone.kafkaClient("zone-operator"));
            this.partitions = admin.describeTopics(List.of(Topics.INDICATORS_VALUES_V1)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(Topics.INDICATORS_VALUES_V1).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(Topics.INDICATORS_VALUES_V1, p.partition()),
                            p -> OffsetSpec.latest()));
            this.expectedEnd = ends().values().stream().mapToLong(Long::longValue).sum();
        }

        /** Waits for {@code published} more values on the topic, then for their application; answers when each was. */
        Times await(int published) {
            expectedEnd += published;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            try {
                Map<TopicPartition, Long> ends;
                while ((ends = ends()).values().stream().mapToLong(Long::longValue).sum() < expectedEnd) {
                    pause(deadline, "published: ends " + ends + ", expected " + expectedEnd);
                }
                long publishedAt = System.nanoTime();
                while (!applied(ends)) {
                    pause(deadline, "applied: ends " + ends);
                }
                return new Times(publishedAt, System.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (Exception e) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        }

        /** {@link System#nanoTime()} when a batch's values were all on the topic, and all applied. */
        record Times(long published, long applied) {
        }

        private static void pause(long deadline, String what) throws InterruptedException {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a batch's values not " + what + " after 5 minutes");
            }
            // Each look is two requests to the broker: every 10 ms is 1 % of a batch applied in a second.
            Thread.sleep(10);
        }

        private Map<TopicPartition, Long> ends() throws Exception {
            return admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }

        private boolean applied(Map<TopicPartition, Long> ends) throws Exception {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                    ServiceNames.COOPERATION).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                if (end.getValue() > 0 && (offset == null || offset.offset() < end.getValue())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() {
            admin.close();
        }
    }
}
