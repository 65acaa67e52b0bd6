package zone.xianggan.indicators.catalogue.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.change.Changed;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.Periodicity;

/**
 * An indicator of the catalogue. Its code never changes; its definition may be revised, but not its unit or
 * periodicity once values have been reported (they would read differently); it may be retired, never deleted.
 * Every change produces a new version, made at a time by an agency (or the zone itself, seeding).
 */
public record Indicator(String code, IndicatorDefinition definition, IndicatorStatus status, long version,
        Instant changedAt, Actor changedBy) implements Versioned {

    public Indicator {
        Objects.requireNonNull(changedBy, "changedBy");
    }

    public static Indicator define(String code, IndicatorDefinition definition, Instant at, Actor by) {
        return new Indicator(code, definition, IndicatorStatus.ACTIVE, 1, at, by);
    }

    /** The indicator with a new definition; nothing if it is the one held. */
    public Optional<Changed<Indicator, ChangeType>> revise(IndicatorDefinition updated, boolean hasValues, Instant at,
            Actor by) {
        requireActive("revised");
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        compare(changes, "nameZh", definition.nameZh(), updated.nameZh());
        compare(changes, "nameEn", definition.nameEn(), updated.nameEn());
        compare(changes, "unit", definition.unit(), updated.unit());
        compare(changes, "periodicity", definition.periodicity(), updated.periodicity());
        compare(changes, "planArea", definition.planArea(), updated.planArea());
        compare(changes, "aggregation", definition.aggregation(), updated.aggregation());
        compare(changes, "direction", definition.direction(), updated.direction());
        compareNumber(changes, "minimum", definition.minimum(), updated.minimum());
        compareNumber(changes, "maximum", definition.maximum(), updated.maximum());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        if (hasValues && (changes.containsKey("unit") || changes.containsKey("periodicity"))) {
            throw new ConflictException("indicator " + code + " has reported values: its unit and periodicity "
                    + "cannot change, or the values would read differently; define a new indicator and retire this "
                    + "one", Map.of("field", changes.containsKey("unit") ? "unit" : "periodicity"));
        }
        return Optional.of(new Changed<>(new Indicator(code, updated, status, version + 1, at, by),
                ChangeType.REVISED, changes));
    }

    /** The indicator retired: it keeps its values and history and takes no new reports. */
    public Changed<Indicator, ChangeType> retire(Instant at, Actor by) {
        requireActive("retired");
        return new Changed<>(new Indicator(code, definition, IndicatorStatus.RETIRED, version + 1, at, by),
                ChangeType.RETIRED, Map.of("status", new FieldChange(IndicatorStatus.ACTIVE, IndicatorStatus.RETIRED)));
    }

    public boolean isActive() {
        return status == IndicatorStatus.ACTIVE;
    }

    public Periodicity periodicity() {
        return definition.periodicity();
    }

    public AggregationRule aggregation() {
        return definition.aggregation();
    }

    public Direction direction() {
        return definition.direction();
    }

    public String unit() {
        return definition.unit();
    }

    /** Why the value cannot be reported for this indicator; null if it can. */
    public String boundsViolation(BigDecimal value) {
        return definition.boundsViolation(value);
    }

    private void requireActive(String action) {
        if (!isActive()) {
            throw new ConflictException("indicator " + code + " is retired and cannot be " + action,
                    Map.of("status", status.name()));
        }
    }

    private static void compare(Map<String, FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new FieldChange(before, after));
        }
    }

    private static void compareNumber(Map<String, FieldChange> changes, String field, BigDecimal before,
            BigDecimal after) {
        boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
        if (!same) {
            changes.put(field, new FieldChange(before, after));
        }
    }
}
