package zone.xianggan.registry.county.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.Changed;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Violation;

/**
 * A county-level unit of the zone: a county, a county-level city or a district. Its code fixes its province and
 * prefecture; its names and kind may be corrected; it may join or leave the plan's spatial elements; an
 * administrative change retires it, naming a successor where there is one. Every change produces a new version,
 * made at a time by an agency (or the zone itself, seeding).
 */
public record County(CountyCode code, CountyDetails details, String provinceCode, String prefectureCode,
        CountyStatus status, CountyCode successor, LocalDate retiredOn, Set<Membership> memberships, long version,
        Instant changedAt, Actor changedBy) implements Versioned {

    public County {
        memberships = Set.copyOf(memberships);
    }

    /** A new unit, at version 1, in the prefecture its code names. */
    public static County register(CountyCode code, CountyDetails details, Prefecture prefecture,
            Set<Membership> memberships, Instant at, Actor by) {
        if (!prefecture.code().equals(code.prefectureCode())
                || !prefecture.provinceCode().equals(code.provinceCode())) {
            throw new InvalidInputException(Violation.of("prefectureCode", "the code " + code
                    + " belongs to prefecture " + code.prefectureCode() + ", not " + prefecture.code(),
                    prefecture.code()));
        }
        return new County(code, details, prefecture.provinceCode(), prefecture.code(), CountyStatus.ACTIVE, null,
                null, memberships, 1, at, by);
    }

    /** New names or kind; nothing if they are the ones held. */
    public Optional<Changed<County, ChangeType>> revise(CountyDetails newDetails, Instant at, Actor by) {
        requireActive("revised");
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        compare(changes, "nameZh", details.nameZh(), newDetails.nameZh());
        compare(changes, "nameEn", details.nameEn(), newDetails.nameEn());
        compare(changes, "kind", details.kind(), newDetails.kind());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Changed<>(next(newDetails, status, successor, retiredOn, memberships, at, by),
                ChangeType.REVISED, changes));
    }

    /**
     * Retires the unit on {@code on}, which may not lie after {@code today}. A successor must be another unit that
     * is itself active. Its memberships stay on record: the unit was part of those elements until it retired.
     */
    public Changed<County, ChangeType> retire(Optional<County> successorUnit, LocalDate on, LocalDate today,
            Instant at, Actor by) {
        requireActive("retired");
        if (on.isAfter(today)) {
            throw new InvalidInputException(Violation.of("retiredOn", "may not lie in the future", on));
        }
        if (successorUnit.isPresent()) {
            County next = successorUnit.get();
            if (next.code.equals(code)) {
                throw new InvalidInputException(Violation.of("successorCode", "a unit cannot succeed itself",
                        code.value()));
            }
            if (next.status != CountyStatus.ACTIVE) {
                throw new InvalidInputException(Violation.of("successorCode", "the successor " + next.code
                        + " is itself retired", next.code.value()));
            }
        }
        CountyCode successorCode = successorUnit.map(County::code).orElse(null);
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("status", new FieldChange(CountyStatus.ACTIVE, CountyStatus.RETIRED));
        changes.put("retiredOn", new FieldChange(null, on));
        if (successorCode != null) {
            changes.put("successorCode", new FieldChange(null, successorCode.value()));
        }
        return new Changed<>(next(details, CountyStatus.RETIRED, successorCode, on, memberships, at, by),
                ChangeType.RETIRED, changes);
    }

    /** The unit's memberships set to {@code updated}; nothing if they are the ones held. */
    public Optional<Changed<County, ChangeType>> withMemberships(Set<Membership> updated, Instant at, Actor by) {
        if (updated.equals(memberships)) {
            return Optional.empty();
        }
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        compare(changes, "clusters", ids(memberships, true), ids(updated, true));
        compare(changes, "spatialElements", ids(memberships, false), ids(updated, false));
        return Optional.of(new Changed<>(next(details, status, successor, retiredOn, updated, at, by),
                ChangeType.MEMBERSHIP_CHANGED, changes));
    }

    public boolean isActive() {
        return status == CountyStatus.ACTIVE;
    }

    public List<String> clusterIds() {
        return ids(memberships, true);
    }

    public List<String> otherElementIds() {
        return ids(memberships, false);
    }

    public boolean isMemberOf(String elementId) {
        return memberships.stream().anyMatch(m -> m.elementId().equals(elementId));
    }

    private County next(CountyDetails newDetails, CountyStatus newStatus, CountyCode newSuccessor,
            LocalDate newRetiredOn, Set<Membership> newMemberships, Instant at, Actor by) {
        return new County(code, newDetails, provinceCode, prefectureCode, newStatus, newSuccessor, newRetiredOn,
                newMemberships, version + 1, at, by);
    }

    private void requireActive(String action) {
        if (status != CountyStatus.ACTIVE) {
            throw new ConflictException("unit " + code + " is retired and cannot be " + action,
                    Map.of("status", status.name()));
        }
    }

    private static List<String> ids(Set<Membership> memberships, boolean clusters) {
        return memberships.stream().filter(m -> m.cityCluster() == clusters).map(Membership::elementId)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream()
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static void compare(Map<String, FieldChange> changes, String field, Object before, Object after) {
        if (!before.equals(after)) {
            changes.put(field, new FieldChange(before, after));
        }
    }
}
