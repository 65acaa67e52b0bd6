package zone.xianggan.cooperation.project.application;

import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import zone.xianggan.cooperation.project.model.ChangedProject;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.events.cooperation.ProjectSnapshot;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.platform.outbox.Outbox;
import zone.xianggan.platform.outbox.PendingEvent;

/**
 * Records a change of a project the one way every use case does: the new version of its row, one history entry
 * per change saying who, when, what and why, and one event per change in the outbox, after the row, all in the
 * caller's transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectChanges {

    private final Projects projects;
    private final Outbox outbox;

    /** The project, locked for this transaction; 404 if there is none. */
    public Project lock(String id) {
        return projects.lock(id).orElseThrow(() -> new NotFoundException("project", id));
    }

    /** The project, locked for this transaction, if it is still at the version the caller read; else 404 or 412. */
    public Project lockAt(String id, long expectedVersion) {
        return Versioned.requireAt(projects.lock(id), "project", id, expectedVersion);
    }

    /** The project, if it is still at the version the caller read; else 412. */
    static Project requireAt(Project current, long expectedVersion) {
        StaleVersionException.requireCurrent(expectedVersion, current.version());
        return current;
    }

    public void recordNew(ChangedProject proposed) {
        projects.insert(proposed.project());
        recordHistoryAndEvents(List.of(proposed));
    }

    /** One or more successive changes of a project that was at {@code expectedVersion}; returns the last state. */
    public Project record(List<ChangedProject> revisions, long expectedVersion) {
        Project last = revisions.getLast().project();
        projects.update(last, expectedVersion);
        recordHistoryAndEvents(revisions);
        return last;
    }

    private void recordHistoryAndEvents(List<ChangedProject> revisions) {
        List<PendingEvent> events = new ArrayList<>();
        for (ChangedProject revision : revisions) {
            ProjectSnapshot snapshot = ProjectSnapshots.of(revision.project());
            projects.appendHistory(revision.change(), snapshot);
            events.add(ProjectSnapshots.event(snapshot, revision.change()));
        }
        outbox.appendAll(events);
    }
}
