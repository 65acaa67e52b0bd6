package zone.xianggan.cooperation.project.application;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.kernel.domain.NotFoundException;

/** What agencies read of the projects. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingProjects {

    private final Projects projects;

    /** The projects that match, by id (so in the order proposed within a year). */
    public List<Project> list(ProjectFilter filter) {
        return projects.findAll().stream().filter(filter::matches).toList();
    }

    public Project get(String id) {
        return projects.find(id).orElseThrow(() -> new NotFoundException("project", id));
    }

    public List<ProjectEvent.Change> history(String id) {
        get(id);
        return projects.history(id);
    }
}
