package zone.xianggan.indicators.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.reporting.model.ImportSummary;
import zone.xianggan.indicators.reporting.model.Intake;
import zone.xianggan.indicators.reporting.model.Rejection;
import zone.xianggan.indicators.reporting.model.Report;
import zone.xianggan.indicators.reporting.model.ReportingContext;
import zone.xianggan.indicators.reporting.model.ReportingPolicy;
import zone.xianggan.indicators.reporting.model.ReportingRules;
import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.platform.outbox.Outbox;
import zone.xianggan.replica.RegistryReplica;

/**
 * A unit's agency (or the zone office) reports values: one, a batch, or a CSV upload, all the same way. Who may report
 * for which unit is decided first ({@link ReportingPolicy}), on the batch as sent: a batch with a row the caller may
 * not report is refused whole before any of it is checked or written. The batch is checked in memory against
 * one read of the catalogue and the registry replica and one read of the values held; the new revisions go in with
 * JDBC batches and their events into the outbox with one append, in one transaction. By default a batch with any
 * rejected row writes nothing; with {@link ImportOptions#acceptValid()} the valid rows are taken.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportingValues {

    private static final int EVENTS_AT_A_TIME = 1000;

    private final ReadingCatalogue catalogue;
    private final RegistryReplica replica;
    private final Values values;
    private final Outbox outbox;
    private final ReportingProperties properties;
    private final Clock clock;

    /**
     * A batch: the summary of what it did; or, all or nothing with rejections, a 422 that lists them, with the
     * summary (nothing written) and {@code validRows}: what the valid rows would have done.
     *
     * @param unitField what the batch calls a row's unit ({@code countyCode} in JSON, {@code county_code} in a CSV),
     *                  to name refused rows as the sender wrote them
     */
    @Transactional
    public ImportSummary report(List<Report> reports, String unitField, ImportOptions options, Caller caller) {
        ReportingPolicy.requireMayReport(caller.agency(), reports, unitField);
        Intake intake = intake(reports, options, caller);
        ImportSummary wouldBe = intake.summary(options.dryRun(), false);
        if (options.dryRun()) {
            return wouldBe;
        }
        if (intake.hasRejections() && !options.acceptValid()) {
            throw new InvalidInputException(wouldBe.rejections(), Map.of(
                    "summary", new ImportSummary(false, false, wouldBe.received(), 0, 0, 0, wouldBe.rejected(),
                            List.of()),
                    "validRows", Map.of("imported", wouldBe.imported(), "revised", wouldBe.revised(),
                            "unchanged", wouldBe.unchanged())));
        }
        write(intake);
        return intake.summary(false, true);
    }

    /** One value: what became of it, or a 400 (malformed) or 422 (invalid) naming each field. */
    @Transactional
    public Intake.SettledReport reportOne(Report report, ImportOptions options, Caller caller) {
        ReportingPolicy.requireMayReport(caller.agency(), List.of(report), "countyCode");
        Intake intake = intake(List.of(report), options, caller);
        if (intake.hasRejections()) {
            List<Violation> violations = intake.rejections().stream().map(Rejection::violation).toList();
            throw intake.onlyMalformed() ? new MalformedInputException(violations)
                    : new InvalidInputException(violations);
        }
        if (!options.dryRun()) {
            write(intake);
        }
        return intake.settled().getFirst();
    }

    private Intake intake(List<Report> reports, ImportOptions options, Caller caller) {
        if (reports.isEmpty()) {
            throw new InvalidInputException(Violation.of("body", "holds no values to report"));
        }
        if (reports.size() > properties.maxBatchRows()) {
            throw new InvalidInputException(Violation.of("body", "holds " + reports.size()
                    + " values; at most " + properties.maxBatchRows() + " go in one request: split it"));
        }
        ReportingRules rules = new ReportingRules(context());
        List<ReportingRules.Checked> checked = reports.stream()
                .map(report -> rules.check(report.withDefaults(options.defaultSource(), options.defaultReason())))
                .toList();
        Set<ValueKey> keys = checked.stream().filter(ReportingRules.Checked::isAccepted)
                .map(check -> check.accepted().key()).collect(Collectors.toSet());
        return Intake.of(checked, values.current(keys), caller.actor(), clock.instant());
    }

    private ReportingContext context() {
        Map<String, CountySnapshot> units = replica.byCode();
        Set<String> active = units.values().stream().filter(unit -> !unit.retired()).map(CountySnapshot::code)
                .collect(Collectors.toSet());
        Set<String> retired = units.values().stream().filter(CountySnapshot::retired).map(CountySnapshot::code)
                .collect(Collectors.toSet());
        Set<String> provinces = units.values().stream().map(CountySnapshot::provinceCode)
                .collect(Collectors.toSet());
        return new ReportingContext(catalogue.byCode(), active, retired, provinces,
                LocalDate.ofInstant(clock.instant(), properties.timeZone()));
    }

    private void write(Intake intake) {
        var changes = intake.changes();
        if (changes.isEmpty()) {
            return;
        }
        // The events are rendered on another core while the values go in; a thousand to a task, so that a large
        // batch never holds all its serialized events at once.
        List<Outbox.RenderedEvents> events = new ArrayList<>();
        for (int from = 0; from < changes.size(); from += EVENTS_AT_A_TIME) {
            events.add(outbox.renderAhead(changes.subList(from, Math.min(changes.size(), from + EVENTS_AT_A_TIME)),
                    ValueEvents::of));
        }
        values.store(changes, intake.superseded());
        events.forEach(outbox::append);
    }
}
