package zone.xianggan.indicators.reporting.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.Violation;

/**
 * What a batch of checked reports does to the values held: each accepted report is a first value (revision 1), a
 * revision (a different value, note or source: the next revision, with its reason), or unchanged. A revision needs
 * a reason; synthetic sample data never replaces a value from another source; one batch reports one value per
 * unit, indicator and period.
 */
public final class Intake {

    private final List<SettledReport> settled;
    private final List<Rejection> rejections;
    private final int received;

    private Intake(List<SettledReport> settled, List<Rejection> rejections, int received) {
        this.settled = List.copyOf(settled);
        this.rejections = List.copyOf(rejections);
        this.received = received;
    }

    /**
     * @param checked every report of the batch, checked, in the order received
     * @param current  the current value of each accepted report's key that has one
     * @param reporter who the new revisions are reported by
     */
    public static Intake of(List<ReportingRules.Checked> checked, Map<ValueKey, ValueRevision> current,
            Actor reporter, Instant at) {
        List<SettledReport> settled = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<ValueKey, SettledReport> inBatch = new HashMap<>();
        for (ReportingRules.Checked check : checked) {
            if (!check.isAccepted()) {
                rejections.addAll(check.rejections());
                continue;
            }
            AcceptedReport report = check.accepted();
            SettledReport earlier = inBatch.get(report.key());
            if (earlier != null) {
                if (sameAs(report, earlier.value())) {
                    settled.add(new SettledReport(report.row(), ReportOutcome.UNCHANGED, earlier.value(), null));
                } else {
                    rejections.add(Rejection.rule(report.row(), "value", (earlier.row() == null ? "an earlier row"
                            : "row " + earlier.row()) + " of this batch reports " + earlier.value().value()
                            .toPlainString() + " for the same unit, indicator and period: send one value for each",
                            report.value()));
                }
                continue;
            }
            SettledReport decision = decide(report, current.get(report.key()), reporter, at, rejections);
            if (decision != null) {
                settled.add(decision);
                inBatch.put(report.key(), decision);
            }
        }
        rejections.sort(Comparator.comparing((Rejection r) -> r.violation().row(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Intake(settled, rejections, checked.size());
    }

    private static SettledReport decide(AcceptedReport report, ValueRevision held, Actor reporter, Instant at,
            List<Rejection> rejections) {
        if (held == null) {
            return new SettledReport(report.row(), ReportOutcome.IMPORTED, new ValueRevision(report.key(), 1, report.value(),
                    null, report.note(), report.source(), report.reason(), reporter, at), null);
        }
        if (sameAs(report, held)) {
            return new SettledReport(report.row(), ReportOutcome.UNCHANGED, held, null);
        }
        if (Sources.isSynthetic(report.source()) && !Sources.isSynthetic(held.source())) {
            rejections.add(Rejection.rule(report.row(), "source", "synthetic sample data never replaces a value "
                    + "from another source (" + (held.source() == null ? "no source given" : held.source()) + ")",
                    report.source()));
            return null;
        }
        if (report.reason() == null) {
            rejections.add(Rejection.rule(report.row(), "reason", "is required for a revision: the current value is "
                    + held.value().toPlainString() + " (revision " + held.revision() + "); say why it changes",
                    null));
            return null;
        }
        return new SettledReport(report.row(), ReportOutcome.REVISED, new ValueRevision(report.key(), held.revision() + 1,
                report.value(), held.value(), report.note(), report.source(), report.reason(), reporter, at), held);
    }

    private static boolean sameAs(AcceptedReport report, ValueRevision held) {
        return report.value().compareTo(held.value()) == 0 && Objects.equals(report.note(), held.note())
                && Objects.equals(report.source(), held.source());
    }

    /** The new revisions to store and publish, in the order received. */
    public List<ValueRevision> changes() {
        return settled.stream().filter(d -> d.outcome() != ReportOutcome.UNCHANGED).map(SettledReport::value).toList();
    }

    /** The values held that this intake's revisions supersede: from now on they are history. */
    public List<ValueRevision> superseded() {
        return settled.stream().filter(d -> d.outcome() == ReportOutcome.REVISED).map(SettledReport::replaced).toList();
    }

    public List<SettledReport> settled() {
        return settled;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    public boolean hasRejections() {
        return !rejections.isEmpty();
    }

    /** Whether every rejection is one of form (then a single value is a 400, not a 422). */
    public boolean onlyMalformed() {
        return rejections.stream().allMatch(Rejection::malformed);
    }

    /** The counts and rejections of this intake, as the reporter is told them. */
    public ImportSummary summary(boolean dryRun, boolean committed) {
        Set<Integer> rejectedRows = new LinkedHashSet<>();
        rejections.forEach(r -> rejectedRows.add(r.violation().row()));
        List<Violation> violations = rejections.stream().map(Rejection::violation).toList();
        return new ImportSummary(dryRun, committed, received, count(ReportOutcome.IMPORTED), count(ReportOutcome.REVISED),
                count(ReportOutcome.UNCHANGED), rejectedRows.size(), violations);
    }

    private int count(ReportOutcome outcome) {
        return (int) settled.stream().filter(d -> d.outcome() == outcome).count();
    }

    /**
     * What became of one accepted report.
     *
     * @param value    the new revision, or for {@link ReportOutcome#UNCHANGED} the value held
     * @param replaced for {@link ReportOutcome#REVISED}, the value held that the new revision supersedes; otherwise null
     */
    public record SettledReport(Integer row, ReportOutcome outcome, ValueRevision value, ValueRevision replaced) {
    }
}
