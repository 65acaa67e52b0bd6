package zone.xianggan.faults;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;

import zone.xianggan.events.Topics;
import zone.xianggan.localstack.ServiceProcess.Kind;
import zone.xianggan.testsupport.TopicRecorder;
import zone.xianggan.testsupport.ZoneHttp;

/**
 * The fault suite: brings up docker-compose.cluster.yml, puts a steady load on it through both instances of every
 * service, injects each fault in turn (held for a while, then undone), and once the load has stopped checks the
 * zone's promises from its databases and topics. {@code faults/run.sh} runs the long form (every fault, held 30 s)
 * and writes a report; {@code faults/run.sh --short} and {@code FaultsContainersIT} the short form.
 */
public final class FaultSuite {

    static final List<String> SERVICES = List.of("identity-service", "kafka-1", "kafka-2", "kafka-3", "postgres",
            "registry-service-1", "registry-service-2", "indicators-service-1", "indicators-service-2",
            "cooperation-service-1", "cooperation-service-2");
    /** Left out of the load: after each fault, a change to it shows when the zone carries changes again. */
    static final String PROBE_UNIT = "360881";
    private static final Duration CONVERGED_WITHIN = Duration.ofMinutes(5);

    /**
     * @param name    the report's name: {@code short} or {@code long}
     * @param faults  injected in this order
     * @param held    how long each fault lasts before it is undone
     * @param first   load without a fault before the first: two relays sharing one outbox, undisturbed
     * @param between load without a fault after each recovery
     */
    record Settings(String name, List<Fault> faults, Duration held, Duration first, Duration between) {

        static Settings shortForm() {
            return new Settings("short", List.of(Fault.KILL_LEADER_BROKER, Fault.KILL_SERVICE_INSTANCES,
                    Fault.RESTART_POSTGRES), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(5));
        }

        static Settings longForm() {
            return new Settings("long", List.of(Fault.values()), Duration.ofSeconds(30), Duration.ofSeconds(60),
                    Duration.ofSeconds(30));
        }
    }

    private FaultSuite() {
    }

    public static void main(String[] args) {
        Settings settings = List.of(args).contains("--short") ? Settings.shortForm() : Settings.longForm();
        Path results = Path.of(System.getProperty("zone.faults.results", "faults/results"));
        FaultReport report = run(settings);
        report.write(results);
        System.out.println(report.markdown());
        System.out.println("Written to " + results.resolve(settings.name() + ".{md,csv}"));
        System.exit(report.findings().clean() && report.topicsReplicated() ? 0 : 1);
    }

    static FaultReport run(Settings settings) {
        Instant started = Instant.now();
        say("bringing up docker-compose.cluster.yml …");
        try (ComposeZone zone = ComposeZone.up("docker-compose.cluster.yml", SERVICES)) {
            ClusterFaults faults = new ClusterFaults(zone);
            boolean replicated = topicsReplicated(zone);
            List<Map<String, Object>> units = zone.http(Kind.REGISTRY).get("/api/v1/counties?limit=100").json("$[*]");
            List<Map<String, Object>> loaded = units.stream().filter(unit -> !PROBE_UNIT.equals(unit.get("code")))
                    .toList();
            Acknowledged acknowledged = new Acknowledged();
            List<FaultReport.Injected> injected = new ArrayList<>();
            say("steady load through both instances of every service");
            try (SteadyLoad load = new SteadyLoad(zone, loaded, acknowledged).start()) {
                hold(settings.first());
                for (Fault fault : settings.faults()) {
                    say("fault: " + fault.description());
                    Instant injectedAt = Instant.now();
                    Fault.Recovery recovery = fault.inject(faults);
                    hold(settings.held());
                    recovery.recover();
                    Instant recovered = Instant.now();
                    await().atMost(CONVERGED_WITHIN).until(() -> SERVICES.stream().allMatch(faults::healthy));
                    carryAChange(zone);
                    Duration converged = Duration.between(recovered, Instant.now());
                    say("recovered; a change reached both replicas %.1f s after".formatted(converged.toMillis() / 1e3));
                    injected.add(new FaultReport.Injected(fault, injectedAt, settings.held(), converged));
                    hold(settings.between());
                }
            }
            say("load stopped: %d writes acknowledged, %d calls unanswered; checking …".formatted(
                    acknowledged.writes(), acknowledged.unanswered.get()));
            Findings findings = check(zone, acknowledged, injected.isEmpty() ? Instant.now()
                    : injected.getFirst().injectedAt());
            say(findings.toString());
            return new FaultReport(settings.name(), started, injected, acknowledged.writes(),
                    acknowledged.unanswered.get(), replicated, findings);
        }
    }

    /**
     * Reads every topic from the beginning until the zone has carried everything it holds (consumers catching up
     * after the last fault) or has had the time to; the last findings are the answer.
     */
    private static Findings check(ComposeZone zone, Acknowledged acknowledged, Instant firstFault) {
        ZoneInvariants invariants = new ZoneInvariants(zone);
        try (TopicRecorder topics = TopicRecorder.recordAs("zone-dashboard", zone.kafkaClientAs("zone-dashboard"),
                ClusterFaults.BROKERS, Topics.REGISTRY_COUNTIES_V1, Topics.INDICATORS_VALUES_V1,
                Topics.COOPERATION_PROJECTS_V1)) {
            Findings[] last = new Findings[1];
            try {
                await().atMost(CONVERGED_WITHIN).pollInterval(Duration.ofSeconds(5)).until(() -> {
                    last[0] = invariants.check(acknowledged, topics, firstFault);
                    return last[0].converged();
                });
            } catch (org.awaitility.core.ConditionTimeoutException stillFailing) {
                // reported as found
            }
            return last[0];
        }
    }

    /** A registry change to the probe unit, through either instance, until both replica services show it. */
    private static void carryAChange(ComposeZone zone) {
        String[] version = new String[1];
        await().atMost(CONVERGED_WITHIN).ignoreExceptions().until(() -> {
            ZoneHttp registry = zone.http(Kind.REGISTRY).as("zone-office/faults");
            ZoneHttp.Response current = registry.get("/api/v1/counties/" + PROBE_UNIT);
            ZoneHttp.Response updated = registry.put("/api/v1/counties/" + PROBE_UNIT, """
                    {"nameZh":"%s","nameEn":"%s","kind":"%s","reason":"fault suite probe"}""".formatted(
                    current.json("$.nameZh"), current.json("$.nameEn"), current.json("$.kind")),
                    "If-Match", current.etag());
            version[0] = updated.etag();
            return updated.status() == 200;
        });
        await().atMost(CONVERGED_WITHIN).ignoreExceptions().until(() -> List.of(Kind.INDICATORS, Kind.COOPERATION)
                .stream().allMatch(replica -> version[0].equals(zone.http(replica).get("/api/v1/counties/"
                        + PROBE_UNIT).etag())));
    }

    /** Every topic of the zone with three replicas and min.insync.replicas 2, as the cluster's services set them. */
    private static boolean topicsReplicated(ComposeZone zone) {
        Map<String, Object> settings = new HashMap<>(zone.kafkaClientAs("zone-operator"));
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ClusterFaults.BROKERS);
        List<String> topics = List.of(Topics.REGISTRY_COUNTIES_V1, Topics.INDICATORS_CATALOGUE_V1,
                Topics.INDICATORS_VALUES_V1, Topics.COOPERATION_PROJECTS_V1);
        try (Admin admin = Admin.create(settings)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> admin.listTopics().names().get().containsAll(topics));
            boolean threeReplicas = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()
                    .stream().flatMap(topic -> topic.partitions().stream())
                    .allMatch(partition -> partition.replicas().size() == 3);
            List<ConfigResource> resources = topics.stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
            boolean minInSync = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS).values().stream()
                    .allMatch(config -> "2".equals(config.get("min.insync.replicas").value()));
            return threeReplicas && minInSync;
        } catch (Exception e) {
            throw new IllegalStateException("the topics' settings could not be read", e);
        }
    }

    /** The load runs on meanwhile: this is how long a fault lasts, or the quiet between two. */
    private static void hold(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void say(String what) {
        System.out.println("faults: " + what);
    }
}
