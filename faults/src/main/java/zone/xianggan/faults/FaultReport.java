package zone.xianggan.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suite's report: Markdown for people, CSV for tools. Invariants are counts that must be 0; times are reported. */
record FaultReport(String form, Instant started, List<Injected> injected, int writesAcknowledged,
        int callsUnanswered, boolean topicsReplicated, Findings findings) {

    /** A fault as injected: for how long, and how long the zone took to carry a change to both replicas after it. */
    record Injected(Fault fault, Instant injectedAt, Duration held, Duration converged) {
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(form + ".md"), markdown());
            Files.writeString(directory.resolve(form + ".csv"), csv());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("# Xiang-Gan Zone fault suite — " + form + " — " + started);
        lines.add("");
        lines.add("docker-compose.cluster.yml (three brokers, two instances of each service) under a steady load "
                + "through both instances of every service, each fault injected in turn.");
        lines.add("");
        lines.add("| fault | held | a change in both replicas after it, within |");
        lines.add("|---|---:|---:|");
        injected.forEach(fault -> lines.add("| %s | %s | %s |".formatted(fault.fault().description(),
                seconds(fault.held()), seconds(fault.converged()))));
        lines.add("");
        lines.add("| check | value | must be |");
        lines.add("|---|---:|---|");
        checks().forEach(check -> lines.add("| %s | %s | %s |".formatted(check.label(), check.value(), check.mustBe())));
        if (!findings.examples.isEmpty()) {
            lines.add("");
            lines.add("Examples:");
            findings.examples.forEach(example -> lines.add("- " + example));
        }
        return String.join("\n", lines) + "\n";
    }

    private String csv() {
        List<String> lines = new ArrayList<>();
        lines.add("kind,name,value,unit");
        injected.forEach(fault -> {
            lines.add("fault,%s held,%s,s".formatted(fault.fault().name(), seconds(fault.held())));
            lines.add("fault,%s converged,%s,s".formatted(fault.fault().name(), seconds(fault.converged())));
        });
        checks().forEach(check -> lines.add("check,\"%s\",%s,".formatted(check.label(), check.value())));
        return String.join("\n", lines) + "\n";
    }

    /** One line of the checks: the invariants (what they must be) and the counts reported beside them. */
    private record Check(String label, Object value, String mustBe) {
    }

    private List<Check> checks() {
        return List.of(
                new Check("every topic with 3 replicas and min.insync.replicas 2", topicsReplicated, "true"),
                new Check("writes acknowledged (2xx)", writesAcknowledged, ""),
                new Check("calls without an answer or with a 5xx", callsUnanswered, ""),
                new Check("events checked", findings.eventsChecked, ""),
                new Check("lost", findings.lost, "0"),
                new Check("one version of a key published as two events", findings.doubled, "0"),
                new Check("out of order", findings.outOfOrder, "0"),
                new Check("replicas differing from their source", findings.replicaMismatches, "0"),
                new Check("outcome views differing from a recomputation", findings.outcomeMismatches, "0"),
                new Check("dead letters", findings.deadLetters, "0"),
                new Check("events redelivered (the same id again) with no fault injected yet",
                        findings.redeliveredWithoutFault, "0"),
                new Check("events redelivered after a fault (at-least-once delivery; each ignored by its consumers)",
                        findings.redeliveredAfterFault, ""));
    }

    private static String seconds(Duration duration) {
        return duration == null ? "—" : String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
