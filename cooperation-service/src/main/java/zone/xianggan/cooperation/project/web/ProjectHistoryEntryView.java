package zone.xianggan.cooperation.project.web;

import java.time.Instant;

import zone.xianggan.events.cooperation.ProjectEvent;

/**
 * One change of a project as its event told it: the version it produced, who made it (the agency, or
 * {@code system:…} for a review flag the zone raised, and the person acting for the agency where it named one), when,
 * why, and what it was about.
 */
record ProjectHistoryEntryView(String type, long version, String actor, String person, Instant at, String reason,
        String provinceCode, String fromStatus, String toStatus, String milestoneId, String countyCode,
        String successorCode) {

    static ProjectHistoryEntryView of(ProjectEvent.Change change) {
        return new ProjectHistoryEntryView(change.type(), change.version(), change.actor(), change.actorPerson(), change.at(),
                change.reason(), change.provinceCode(), change.fromStatus(), change.toStatus(), change.milestoneId(),
                change.countyCode(), change.successorCode());
    }
}
