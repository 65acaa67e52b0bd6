package zone.xianggan.events.cooperation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole state of one inter-provincial cooperation project, modelled on the IATI activity standard where it
 * fits: titles and descriptions, participating organisations with roles, sector (the plan area), planned budget by
 * funding source, planned and actual dates, and results (expected outcomes) with baseline and target. Enumerated
 * values travel as strings, but the schema lists the values {@code v1} admits: one more would break subscribers that
 * validate, so it comes as a {@code …v2} type (docs/events.md, Compatibility).
 *
 * @param planArea        one of the plan's six areas, e.g. {@code INFRASTRUCTURE_CONNECTIVITY}
 * @param status          {@code PROPOSED}, {@code APPROVED}, {@code REJECTED}, {@code IN_PROGRESS},
 *                        {@code SUSPENDED}, {@code COMPLETED} or {@code CANCELLED}
 * @param interProvincial whether units of both provinces take part; single-province projects are recorded too
 * @param provinceCodes   the provinces whose units take part
 * @param cluster         the city cluster the project belongs to, if any
 * @param spatialElement  another of the plan's spatial elements (the core, a zone), if any
 * @param actualStart     the day work started (status {@code IN_PROGRESS} first reached)
 * @param actualEnd       the day the project was completed or cancelled
 * @param approvals       each province's decision, in the order taken
 * @param reviewFlags     open flags: a participating unit was retired in the registry
 * @param proposedBy      the agency that proposed it
 * @param proposedByPerson the person acting for that agency, where it named one; null otherwise
 */
public record ProjectSnapshot(
        String id,
        String titleZh,
        String titleEn,
        String descriptionZh,
        String descriptionEn,
        String planArea,
        String status,
        boolean interProvincial,
        List<String> provinceCodes,
        List<Participant> participants,
        String cluster,
        String spatialElement,
        Investment plannedInvestment,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        List<Milestone> milestones,
        List<Outcome> outcomes,
        List<ProvinceDecision> approvals,
        List<ReviewFlag> reviewFlags,
        boolean needsReview,
        String proposedBy,
        Instant proposedAt,
        long version,
        Instant changedAt,
        String proposedByPerson) {

    public ProjectSnapshot {
        provinceCodes = copy(provinceCodes);
        participants = copy(participants);
        milestones = copy(milestones);
        outcomes = copy(outcomes);
        approvals = copy(approvals);
        reviewFlags = copy(reviewFlags);
    }

    /**
     * A participating county-level unit (IATI participating-org).
     *
     * @param role {@code LEAD} (IATI role 2, accountable) or {@code PARTNER} (IATI role 4, implementing)
     */
    public record Participant(String countyCode, String role, String provinceCode) {
    }

    /** Planned investment in yuan (IATI budget): {@code total} is the sum of {@code bySource}. */
    public record Investment(String currency, BigDecimal total, List<Funding> bySource) {

        public Investment {
            bySource = copy(bySource);
        }
    }

    /** @param source e.g. {@code CENTRAL_BUDGET}, {@code SPECIAL_BONDS}, {@code SOCIAL_CAPITAL} */
    public record Funding(String source, BigDecimal amount) {
    }

    /** @param doneOn the day it was reached; null while it is not */
    public record Milestone(String id, String name, LocalDate due, LocalDate doneOn) {
    }

    /**
     * An expected outcome (IATI result indicator): an indicator of the zone's catalogue, for some of the
     * participating units, from a baseline to a target.
     */
    public record Outcome(String id, String indicatorCode, List<String> countyCodes, BigDecimal baseline,
            String baselinePeriod, BigDecimal target, String targetPeriod) {

        public Outcome {
            countyCodes = copy(countyCodes);
        }
    }

    /** @param decision {@code APPROVE} or {@code REJECT} */
    public record ProvinceDecision(String provinceCode, String decision, String actor, Instant decidedAt,
            String reason, String actorPerson) {
    }

    /** A participating unit the registry retired, and the unit it named to take over, if any. */
    public record ReviewFlag(String countyCode, String successorCode, LocalDate retiredOn, Instant raisedAt) {
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
