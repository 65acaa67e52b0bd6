package zone.xianggan.events.cooperation;

import java.time.Instant;

/**
 * The data of every event on {@code cooperation.projects.v1} (key: the project id): the project's whole state
 * after the change ({@code project}, as {@code GET /api/v1/projects/{id}} shows it) and what happened
 * ({@code change}). Each event raises the project's {@code version} by one, so a subscriber keeps the snapshot with
 * the highest version and never calls the service back.
 */
public record ProjectEvent(ProjectSnapshot project, Change change) {

    /**
     * What happened. Fields that do not apply to the change's type are null.
     *
     * @param type         {@code PROPOSED}, {@code PROVINCE_APPROVED}, {@code APPROVED}, {@code REJECTED},
     *                     {@code STATUS_CHANGED}, {@code MILESTONE_REACHED}, {@code FLAGGED_FOR_REVIEW} or
     *                     {@code REVIEW_RESOLVED}
     * @param version      the project version this change produced
     * @param actor        the agency that made it, or {@code system:…} for a review flag raised by the registry
     * @param actorPerson  the person acting for that agency, where it named one; null otherwise
     * @param provinceCode the province that approved or rejected
     * @param fromStatus   the status before the change
     * @param toStatus     the status after it
     * @param milestoneId  the milestone reached
     * @param countyCode   the retired unit a review flag is about
     * @param successorCode the unit the registry named as its successor, if any
     */
    public record Change(String type, long version, String actor, Instant at, String reason, String provinceCode,
            String fromStatus, String toStatus, String milestoneId, String countyCode, String successorCode,
            String actorPerson) {
    }
}
