package zone.xianggan.cooperation.project.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectChange;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.events.cooperation.ProjectSnapshot;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.StaleVersionException;

/** The projects port in maps, keeping the promises {@code JdbcProjects} keeps, for tests of the use cases. */
public class InMemoryProjects implements Projects {

    private static final Comparator<String> BY_YEAR_AND_NUMBER = Comparator
            .comparingInt((String id) -> Integer.parseInt(id.split("-")[1]))
            .thenComparingInt(id -> Integer.parseInt(id.split("-")[2]));

    private final Map<String, Project> projects = new HashMap<>();
    private final Map<String, List<ProjectEvent.Change>> history = new HashMap<>();
    private final Map<Integer, Integer> lastNumbers = new HashMap<>();

    /** A store that already holds these projects, as they were stored, without their history. */
    public static InMemoryProjects holding(Project... held) {
        InMemoryProjects store = new InMemoryProjects();
        for (Project project : held) {
            store.insert(project);
        }
        return store;
    }

    /** The use case that reads this store. */
    public ReadingProjects reading() {
        return new ReadingProjects(this);
    }

    /** The last number given out for the year; 0 if none. */
    int lastNumber(int year) {
        return lastNumbers.getOrDefault(year, 0);
    }

    @Override
    public Optional<Project> find(String id) {
        return Optional.ofNullable(projects.get(id));
    }

    @Override
    public Optional<Project> lock(String id) {
        return find(id);
    }

    @Override
    public List<Project> findAll() {
        return projects.values().stream().sorted(Comparator.comparing(Project::id, BY_YEAR_AND_NUMBER)).toList();
    }

    @Override
    public List<String> idsInvolving(CountyCode county) {
        return findAll().stream().filter(project -> project.proposal().involves(county)).map(Project::id).toList();
    }

    @Override
    public int nextNumber(int year) {
        return lastNumbers.merge(year, 1, Integer::sum);
    }

    @Override
    public void insert(Project project) {
        if (projects.putIfAbsent(project.id(), project) != null) {
            throw new IllegalStateException("project " + project.id() + " is stored already");
        }
    }

    @Override
    public void update(Project project, long expectedVersion) {
        long current = projects.get(project.id()).version();
        if (current != expectedVersion) {
            throw new StaleVersionException(expectedVersion, current);
        }
        projects.put(project.id(), project);
    }

    @Override
    public void appendHistory(ProjectChange change, ProjectSnapshot snapshot) {
        history.computeIfAbsent(change.projectId(), id -> new ArrayList<>()).add(ProjectSnapshots.change(change));
    }

    @Override
    public List<ProjectEvent.Change> history(String id) {
        return List.copyOf(history.getOrDefault(id, List.of()));
    }
}
