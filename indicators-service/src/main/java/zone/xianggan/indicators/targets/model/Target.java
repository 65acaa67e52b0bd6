package zone.xianggan.indicators.targets.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Text;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.kernel.plan.PlanArea;

/**
 * A goal of the plan (or one an agency adopts) as data: the year, the scope, the plan area, the words that state
 * it and where they come from, the indicator that shows progress, and a numeric value only where an agency entered
 * one, with its source. The words never change; a numeric value may be entered or corrected, each a new version,
 * made at a time by an agency (or the zone itself, for the plan's own goals).
 *
 * @param scope     the scope's id: {@code zone}, {@code province:430000}, {@code cluster:<id>}, {@code units:…}
 * @param changedBy who made this version: the agency and the person acting for it, or {@code system:seed}
 */
public record Target(String id, int year, String scope, PlanArea planArea, String indicatorCode, TargetKind kind,
        String statement, String statementSource, BigDecimal targetValue, String targetSource, long version,
        Instant changedAt, Actor changedBy) implements Versioned {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{2,99}$");
    private static final int MAX_STATEMENT = 2000;
    private static final int MAX_SOURCE = 500;

    public Target {
        targetValue = targetValue == null || Decimals.boundsProblem(targetValue, Decimals.Kind.FIGURE) != null
                ? targetValue : Decimals.normalize(targetValue);
        Objects.requireNonNull(changedBy, "changedBy");
    }

    /** A new target, at version 1; every violation is named. */
    public static Target adopt(String id, Integer year, String scope, PlanArea planArea, String indicatorCode,
            TargetKind kind, String statement, String statementSource, BigDecimal targetValue, String targetSource,
            Instant at, Actor by) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new MalformedInputException(Violation.of("id", "must be 3 to 100 lower-case letters, digits and "
                    + "hyphens, e.g. 2025-forest-coverage-jiangxi", id));
        }
        List<Violation> violations = new ArrayList<>();
        if (year == null || year < 2021 || year > 2100) {
            violations.add(Violation.of("year", "must be the year the goal is for, from 2021 on", year));
        }
        required(violations, "planArea", planArea);
        String words = Text.check("statement", statement, MAX_STATEMENT, Text.Lines.MANY, true, violations);
        String wordsSource = Text.check("statementSource", statementSource, MAX_SOURCE, Text.Lines.ONE, true,
                violations);
        if (kind == null || kind == TargetKind.COMPARATIVE) {
            violations.add(Violation.of("kind", "must be QUALITATIVE or NUMERIC (the plan's comparative goal is "
                    + "computed by the service)", kind));
        } else if (kind == TargetKind.NUMERIC) {
            required(violations, "indicatorCode", indicatorCode);
            violations.addAll(quantification(targetValue, targetSource));
        } else if (targetValue != null || targetSource != null) {
            violations.add(Violation.of("targetValue", "a QUALITATIVE target has no number; adopt a NUMERIC one",
                    targetValue));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Target(id, year, scope, planArea, indicatorCode, kind, words, wordsSource, targetValue,
                blankToNull(targetSource) == null ? null : Text.normalize(targetSource), 1, at, by);
    }

    /**
     * The target with a number an agency entered, and its source: a qualitative goal of the plan quantified by an
     * agency becomes NUMERIC; its words stay the plan's.
     */
    public Target quantify(BigDecimal value, String source, Instant at, Actor by) {
        if (kind == TargetKind.COMPARATIVE) {
            throw new ConflictException("target " + id + " is comparative: the service computes whether it is met",
                    Map.of("kind", kind.name()));
        }
        if (indicatorCode == null) {
            throw new ConflictException("target " + id + " has no indicator to measure a number by",
                    Map.of("indicatorCode", "none"));
        }
        List<Violation> violations = quantification(value, source);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Target(id, year, scope, planArea, indicatorCode, TargetKind.NUMERIC, statement, statementSource,
                value, Text.normalize(source), version + 1, at, by);
    }

    private static List<Violation> quantification(BigDecimal value, String source) {
        List<Violation> violations = new ArrayList<>();
        if (value == null) {
            violations.add(Violation.of("targetValue", "is required: the number the goal is set at"));
        } else {
            Decimals.check("targetValue", value, Decimals.Kind.FIGURE, violations);
        }
        if (blankToNull(source) == null) {
            violations.add(Violation.of("targetSource", "is required: the document that sets this number, e.g. "
                    + "\"Jiangxi 14th Five-Year Plan, table 2\"; figures the plan does not give are never invented"));
        } else {
            Text.check("targetSource", source, MAX_SOURCE, Text.Lines.ONE, true, violations);
        }
        return violations;
    }

    private static void required(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(Violation.of(field, "is required"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
