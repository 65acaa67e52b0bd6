package zone.xianggan.indicators.reporting.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import lombok.RequiredArgsConstructor;

import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.IndicatorCode;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Reason;
import zone.xianggan.kernel.domain.Text;

/**
 * The checks every report passes, each naming its field: the unit exists and is active in the registry replica
 * (or is a province of the zone's units, for a benchmark); the indicator exists and is active; the period has the
 * indicator's periodicity and has begun; the value is a number within the indicator's bounds.
 */
@RequiredArgsConstructor
public final class ReportingRules {

    static final int MAX_NOTE = 1000;

    private final ReportingContext context;

    /** The report read into its key and figure, or every reason it cannot be. */
    public Checked check(Report report) {
        Integer row = report.row();
        List<Rejection> rejections = new ArrayList<>();
        report.malformed().forEach(violation -> rejections.add(new Rejection(
                row == null ? violation : violation.atRow(row), true)));
        String county = county(report, rejections);
        Indicator indicator = indicator(report, rejections);
        Period period = period(report, indicator, rejections);
        BigDecimal value = value(report, indicator, rejections);
        String note = text(row, "note", report.note(), MAX_NOTE, Text.Lines.MANY, rejections);
        String source = text(row, "source", report.source(), Sources.MAX_LENGTH, Text.Lines.ONE, rejections);
        String reason = text(row, "reason", report.reason(), Reason.MAX_LENGTH, Text.Lines.MANY, rejections);
        if (!rejections.isEmpty()) {
            return new Checked(null, rejections);
        }
        return new Checked(new AcceptedReport(row, new ValueKey(county, indicator.code(), period), value, note,
                source, reason), List.of());
    }

    private String county(Report report, List<Rejection> rejections) {
        String code = wellFormedCode(report.row(), "countyCode", report.countyCode(), CountyCode::isWellFormed,
                CountyCode.reason(), rejections);
        if (code == null) {
            return null;
        }
        if (context.activeUnits().contains(code) || context.benchmarkProvinces().contains(code)) {
            return code;
        }
        String reason;
        if (context.retiredUnits().contains(code)) {
            reason = "unit " + code + " is retired in the registry and takes no new reports";
        } else if (code.endsWith("0000")) {
            reason = code + " is not a province of the zone's units: benchmarks are reported for "
                    + context.benchmarkProvinces();
        } else {
            reason = "no unit " + code + " in the zone's registry (as this service's replica holds it)";
        }
        rejections.add(Rejection.rule(report.row(), "countyCode", reason, code));
        return null;
    }

    private Indicator indicator(Report report, List<Rejection> rejections) {
        String code = wellFormedCode(report.row(), "indicatorCode", report.indicatorCode(),
                IndicatorCode::isWellFormed, IndicatorCode.reason(), rejections);
        if (code == null) {
            return null;
        }
        Indicator indicator = context.indicators().get(code);
        if (indicator == null) {
            rejections.add(Rejection.rule(report.row(), "indicatorCode", "no indicator " + code + " in the catalogue",
                    code));
            return null;
        }
        if (!indicator.isActive()) {
            rejections.add(Rejection.rule(report.row(), "indicatorCode", "indicator " + code
                    + " is retired and takes no new reports", code));
            return null;
        }
        return indicator;
    }

    /** The code sent in {@code field}, if it is there and well-formed; otherwise null, with the row's rejection. */
    private static String wellFormedCode(Integer row, String field, String sent, Predicate<String> isWellFormed,
            String form, List<Rejection> rejections) {
        String code = strip(sent);
        if (code == null) {
            rejections.add(Rejection.form(row, field, "is required", null));
            return null;
        }
        if (!isWellFormed.test(code)) {
            rejections.add(Rejection.form(row, field, form, code));
            return null;
        }
        return code;
    }

    private Period period(Report report, Indicator indicator, List<Rejection> rejections) {
        Integer row = report.row();
        String raw = strip(report.period());
        if (raw == null) {
            rejections.add(Rejection.form(row, "period", "is required: 2024, 2024Q3 or 2024-07", null));
            return null;
        }
        Period period;
        try {
            period = Period.parse("period", raw);
        } catch (MalformedInputException e) {
            rejections.add(Rejection.form(row, "period", e.violations().getFirst().reason(), raw));
            return null;
        }
        if (indicator != null && period.periodicity() != indicator.periodicity()) {
            rejections.add(Rejection.rule(row, "period", "indicator " + indicator.code() + " is reported by "
                    + indicator.periodicity() + ", e.g. " + example(indicator), raw));
            return null;
        }
        if (period.isFutureOn(context.today())) {
            rejections.add(Rejection.rule(row, "period", "lies in the future: it begins on " + period.firstDay(),
                    raw));
            return null;
        }
        return period;
    }

    private BigDecimal value(Report report, Indicator indicator, List<Rejection> rejections) {
        Integer row = report.row();
        String problem = Decimals.formProblem(report.value());
        BigDecimal value = problem == null ? new BigDecimal(report.value().strip()) : null;
        if (value != null) {
            problem = Decimals.boundsProblem(value, Decimals.Kind.FIGURE);
        }
        if (problem != null) {
            // Not written as a number: malformed; a number too long or too large for the zone: invalid.
            rejections.add(value == null && !Decimals.isShapedLikeANumber(report.value())
                    ? Rejection.form(row, "value", problem, report.value())
                    : Rejection.rule(row, "value", problem, report.value()));
            return null;
        }
        value = Decimals.normalize(value);
        if (indicator != null) {
            String outOfBounds = indicator.boundsViolation(value);
            if (outOfBounds != null) {
                rejections.add(Rejection.rule(row, "value", outOfBounds, value));
                return null;
            }
        }
        return value;
    }

    /** The text as stored ({@link Text}), or null if blank; a text that breaks the rule is refused (422). */
    private static String text(Integer row, String field, String value, int maxLength, Text.Lines lines,
            List<Rejection> rejections) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalized = Text.normalize(value);
        String problem = Text.problem(normalized, maxLength, lines);
        if (problem != null) {
            rejections.add(Rejection.rule(row, field, problem, value));
            return null;
        }
        return normalized;
    }

    private static String example(Indicator indicator) {
        return switch (indicator.periodicity()) {
            case YEAR -> "2024";
            case QUARTER -> "2024Q3";
            case MONTH -> "2024-07";
        };
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A report checked: accepted, or refused for the rejections listed. */
    public record Checked(AcceptedReport accepted, List<Rejection> rejections) {

        public boolean isAccepted() {
            return accepted != null;
        }
    }
}
