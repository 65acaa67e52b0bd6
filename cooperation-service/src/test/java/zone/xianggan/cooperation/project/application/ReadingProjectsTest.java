package zone.xianggan.cooperation.project.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.kernel.domain.NotFoundException;

class ReadingProjectsTest {

    private final ReadingProjects reading = InMemoryProjects.holding(
            ProjectStates.proposed("XG-2026-0001", "430181", "360322"),
            ProjectStates.approved("XG-2026-0002", "430181", "430281")).reading();

    @Test
    void theListKeepsTheProjectsTheFilterMatches() {
        ProjectFilter approved = new ProjectFilter(null, null, null, null, ProjectStatus.APPROVED, null, null);

        assertThat(reading.list(approved)).extracting(Project::id).containsExactly("XG-2026-0002");
    }

    @Test
    void anUnknownProjectIsNotFound() {
        assertThatThrownBy(() -> reading.get("XG-2026-0404")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theHistoryOfAnUnknownProjectIsNotFound() {
        assertThatThrownBy(() -> reading.history("XG-2026-0404")).isInstanceOf(NotFoundException.class);
    }
}
