package zone.xianggan.cooperation.project.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands. A proposal becomes {@code APPROVED} once both provinces have approved it and
 * {@code REJECTED} as soon as either rejects it; an approved project is started, may be suspended and resumed, and
 * ends completed or cancelled. {@code REJECTED}, {@code COMPLETED} and {@code CANCELLED} are final.
 */
public enum ProjectStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    IN_PROGRESS,
    SUSPENDED,
    COMPLETED,
    CANCELLED;

    /**
     * The statuses a transition may take the project to from here. Approval and rejection are not among them: they
     * follow from the provinces' decisions.
     */
    public Set<ProjectStatus> transitions() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(CANCELLED);
            case APPROVED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(SUSPENDED, COMPLETED, CANCELLED);
            case SUSPENDED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case REJECTED, COMPLETED, CANCELLED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    /** Whether the project's work is over: no further change but the record. */
    public boolean isClosed() {
        return this == REJECTED || this == COMPLETED || this == CANCELLED;
    }

    /** Whether moving to this status needs a reason for the record. */
    public boolean needsReason() {
        return this == SUSPENDED || this == CANCELLED || this == REJECTED;
    }
}
