package zone.xianggan.indicators.reporting.web;

import zone.xianggan.indicators.reporting.model.Intake;

/**
 * What became of one value sent alone: {@code IMPORTED} (its first report), {@code REVISED} or {@code UNCHANGED},
 * with the value now held (or, in a dry run, the value that would be).
 */
record ReportResult(String outcome, boolean dryRun, ValueView value) {

    static ReportResult of(Intake.SettledReport decision, boolean dryRun) {
        return new ReportResult(decision.outcome().name(), dryRun, ValueView.of(decision.value()));
    }
}
