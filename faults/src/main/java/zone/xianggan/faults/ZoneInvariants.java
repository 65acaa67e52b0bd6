package zone.xianggan.faults;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import static zone.xianggan.testsupport.ZoneEventAssertions.header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.testcontainers.containers.Container.ExecResult;

import zone.xianggan.events.Topics;
import zone.xianggan.localstack.ServiceProcess.Kind;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * The zone's promises, checked from its databases (read with psql in the PostgreSQL container) and its topics (read
 * from the beginning as a subscriber): every version a database holds or a client was given is on its topic as one
 * event, in order (an event redelivered with its own id is counted apart: {@link Findings}); every replica equals its
 * source; every outcome view equals a recomputation from the values; no dead letter. Compacted topics keep every
 * version here: their active segments are never compacted within a run.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class ZoneInvariants {

    private final ComposeZone zone;

    /**
     * @param firstFault when the first fault was injected: an event sent again before it was not redelivered
     *                   because of a fault
     */
    Findings check(Acknowledged acknowledged, TopicRecorder topics, Instant firstFault) {
        Findings findings = new Findings();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : topics.records()) {
            String id = header(record, "ce_id");
            if (seen.add(id)) {
                records.add(record);
            } else {
                findings.redelivered("%s %s (sent again at %s)".formatted(record.topic(), id,
                        Instant.ofEpochMilli(record.timestamp())), record.timestamp() >= firstFault.toEpochMilli());
            }
        }
        findings.eventsChecked = records.size();

        Map<String, Integer> units = numbers("registry", "select code, version from county");
        checkSequences(Topics.REGISTRY_COUNTIES_V1, sequences(records, Topics.REGISTRY_COUNTIES_V1, data -> true,
                "$.code", "$.version"), units, acknowledged.countyVersions, findings);
        for (String service : List.of("indicators", "cooperation")) {
            Map<String, Integer> replica = numbers(service, "select code, version from county_replica");
            units.forEach((code, version) -> {
                if (!version.equals(replica.get(code))) {
                    findings.replicaMismatch("%s holds %s at %s, the registry at %d".formatted(service, code,
                            replica.get(code), version));
                }
            });
        }

        String ofTheLoad = "from %s where indicator_code = '" + SteadyLoad.INDICATOR + "'";
        Map<String, Integer> values = numbers("indicators", "select county_code || '/' || period, revision "
                + ofTheLoad.formatted("current_value"));
        checkSequences(Topics.INDICATORS_VALUES_V1, sequences(records, Topics.INDICATORS_VALUES_V1,
                data -> SteadyLoad.INDICATOR.equals(JsonPath.read(data, "$.indicatorCode")),
                "$.countyCode", "$.period", "$.revision"), values, acknowledged.valueRevisions, findings);
        Map<String, Integer> replicated = numbers("cooperation", "select county_code || '/' || period, revision "
                + ofTheLoad.formatted("reported_value"));
        values.forEach((key, revision) -> {
            if (!revision.equals(replicated.get(key))) {
                findings.replicaMismatch("cooperation holds %s of %s at revision %s, indicators at %d".formatted(key,
                        SteadyLoad.INDICATOR, replicated.get(key), revision));
            }
        });

        checkProjects(records, acknowledged, findings);
        checkOutcomeViews(acknowledged, findings);
        for (Kind consumer : List.of(Kind.INDICATORS, Kind.COOPERATION)) {
            List<?> parked = zone.http(consumer).as("zone-operator/faults").get("/api/v1/dead-letters?limit=1000")
                    .json("$");
            findings.deadLetters(parked.size(), consumer.serviceName());
        }
        return findings;
    }

    /**
     * Each key's versions as published must be 1, 2, … up to what the database holds, each once, in order, and
     * include every version a client was given.
     */
    private static void checkSequences(String topic, Map<String, List<Integer>> published, Map<String, Integer> held,
            Map<String, Set<Integer>> acknowledged, Findings findings) {
        Set<String> keys = new TreeSet<>(held.keySet());
        keys.addAll(acknowledged.keySet());
        for (String key : keys) {
            List<Integer> versions = published.getOrDefault(key, List.of());
            Set<Integer> once = new HashSet<>();
            for (int i = 0; i < versions.size(); i++) {
                if (!once.add(versions.get(i))) {
                    findings.doubled("%s %s version %d".formatted(topic, key, versions.get(i)));
                } else if (i > 0 && versions.get(i) < versions.get(i - 1)) {
                    findings.outOfOrder("%s %s version %d after %d".formatted(topic, key, versions.get(i),
                            versions.get(i - 1)));
                }
            }
            int last = held.getOrDefault(key, 0);
            for (int version = 1; version <= last; version++) {
                if (!once.contains(version)) {
                    findings.lost("%s %s version %d (held: %d)".formatted(topic, key, version, last));
                }
            }
            for (int version : acknowledged.getOrDefault(key, Set.of())) {
                if (version > last) {
                    findings.lost("%s %s version %d was acknowledged; the database holds %d".formatted(topic, key,
                            version, last));
                }
            }
        }
    }

    /** Each acknowledged project proposed once and first; approved once both provinces have, as its database says. */
    private void checkProjects(List<ConsumerRecord<String, byte[]>> records, Acknowledged acknowledged,
            Findings findings) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.topic().equals(Topics.COOPERATION_PROJECTS_V1)) {
                types.computeIfAbsent(record.key(), any -> new ArrayList<>()).add(header(record, "ce_type"));
            }
        }
        Map<String, String> statuses = texts("cooperation", "select id, status from project");
        acknowledged.projectApprovals.forEach((project, provinces) -> {
            List<String> events = types.getOrDefault(project, List.of());
            if (events.isEmpty() || !events.getFirst().endsWith(".proposed.v1")) {
                findings.lost("cooperation.projects.v1 %s proposed (events: %s)".formatted(project, events));
            }
            long approvals = events.stream().filter(type -> type.endsWith(".province-approved.v1")).count();
            if (approvals < provinces.size()) {
                findings.lost("cooperation.projects.v1 %s: %d province approvals acknowledged, %d published"
                        .formatted(project, provinces.size(), approvals));
            }
            if (approvals > 2 || events.stream().filter(type -> type.endsWith(".proposed.v1")).count() > 1) {
                findings.doubled("cooperation.projects.v1 %s: %s".formatted(project, events));
            }
            boolean approved = events.stream().anyMatch(type -> type.endsWith(".project.approved.v1"));
            if (approved != "APPROVED".equals(statuses.get(project))) {
                findings.lost("cooperation.projects.v1 %s is %s; approved on the topic: %s".formatted(project,
                        statuses.get(project), approved));
            }
        });
    }

    /** The outcome view's latest period and each unit's value in it, against the indicators service's own. */
    private void checkOutcomeViews(Acknowledged acknowledged, Findings findings) {
        Map<String, BigDecimal> figures = new HashMap<>();
        texts("indicators", "select county_code || '/' || period, figure from current_value where indicator_code = '"
                + SteadyLoad.INDICATOR + "'").forEach((key, figure) -> figures.put(key, new BigDecimal(figure)));
        String latest = figures.keySet().stream().filter(key -> SteadyLoad.PROJECT_UNITS.contains(key.split("/")[0]))
                .map(key -> key.split("/")[1]).max(String::compareTo).orElse(null);
        ZoneHttp cooperation = zone.http(Kind.COOPERATION);
        for (String project : acknowledged.projectApprovals.keySet()) {
            ZoneHttp.Response view = cooperation.get("/api/v1/projects/" + project + "/outcomes");
            String period = view.json("$.outcomes[0].latest.period");
            if (latest != null && !latest.equals(period)) {
                findings.outcomeMismatch("%s: latest period %s, recomputed %s".formatted(project, period, latest));
                continue;
            }
            for (String unit : SteadyLoad.PROJECT_UNITS) {
                BigDecimal expected = figures.get(unit + "/" + latest);
                List<Number> shown = view.json("$.outcomes[0].values[?(@.countyCode == '" + unit + "')].value");
                if (expected != null && (shown.size() != 1
                        || new BigDecimal(shown.getFirst().toString()).compareTo(expected) != 0)) {
                    findings.outcomeMismatch("%s: %s in %s shown %s, held %s".formatted(project, unit, latest, shown,
                            expected));
                }
            }
        }
    }

    private static Map<String, List<Integer>> sequences(List<ConsumerRecord<String, byte[]>> records, String topic,
            Predicate<String> wanted, String... keyThenVersion) {
        Map<String, List<Integer>> sequences = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!record.topic().equals(topic)) {
                continue;
            }
            String data = new String(record.value(), StandardCharsets.UTF_8);
            if (!wanted.test(data)) {
                continue;
            }
            List<String> keyParts = new ArrayList<>();
            for (int i = 0; i < keyThenVersion.length - 1; i++) {
                keyParts.add(String.valueOf((Object) JsonPath.read(data, keyThenVersion[i])));
            }
            int version = ((Number) JsonPath.read(data, keyThenVersion[keyThenVersion.length - 1])).intValue();
            sequences.computeIfAbsent(String.join("/", keyParts), any -> new ArrayList<>()).add(version);
        }
        return sequences;
    }

    private Map<String, Integer> numbers(String database, String sql) {
        Map<String, Integer> numbers = new HashMap<>();
        texts(database, sql).forEach((key, number) -> numbers.put(key, Integer.parseInt(number)));
        return numbers;
    }

    private Map<String, String> texts(String database, String sql) {
        try {
            ExecResult result = zone.container("postgres").execInContainer("psql", "-U", "postgres", "-d", database,
                    "-At", "-F", "\t", "-c", sql);
            if (result.getExitCode() != 0) {
                throw new IllegalStateException("psql " + database + ": " + result.getStderr());
            }
            Map<String, String> rows = new HashMap<>();
            result.getStdout().lines().filter(line -> !line.isBlank()).forEach(line -> {
                String[] columns = line.split("\t", 2);
                rows.put(columns[0], columns[1]);
            });
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
