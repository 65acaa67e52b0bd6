package zone.xianggan.cooperation.project.model;

/** A project after one change, and the change. */
public record ChangedProject(Project project, ProjectChange change) {
}
