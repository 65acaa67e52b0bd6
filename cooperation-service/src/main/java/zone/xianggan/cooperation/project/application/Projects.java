package zone.xianggan.cooperation.project.application;

import java.util.List;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectChange;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.events.cooperation.ProjectSnapshot;
import zone.xianggan.kernel.change.VersionedStore;
import zone.xianggan.kernel.domain.CountyCode;

/** Where the service keeps its projects and their history. */
public interface Projects extends VersionedStore<String, Project> {

    List<Project> findAll();

    /** Ids of the projects in which the unit takes part. */
    List<String> idsInvolving(CountyCode county);

    /** The next number of the year, gapless: the row of the year stays locked until the proposal commits. */
    int nextNumber(int year);

    void appendHistory(ProjectChange change, ProjectSnapshot snapshot);

    /** Every change of the project, oldest first, as its events told it. */
    List<ProjectEvent.Change> history(String id);
}
