package zone.xianggan.cooperation.project.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.project.model.Decision;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.events.EventType;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.testsupport.slice.Callers;

/** Liuyang (Hunan) and Shangli (Jiangxi) propose; each province decides through its DRC. */
class DecidingOnProjectTest {

    private static final String ID = "XG-2026-0001";
    private static final DecideOnProject HUNAN_APPROVES = new DecideOnProject("430000", Decision.APPROVE, null);
    private static final DecideOnProject JIANGXI_APPROVES = new DecideOnProject("360000", Decision.APPROVE, null);

    private final InMemoryProjects projects = InMemoryProjects.holding(ProjectStates.proposed(ID, "430181",
            "360322"));
    private final AppendedEvents events = new AppendedEvents();
    private final DecidingOnProject deciding = new DecidingOnProject(new ProjectChanges(projects, events.outbox()),
            Clock.fixed(ProjectStates.AT, ZoneOffset.UTC));

    @Test
    void approvalByOneProvinceLeavesTheProjectProposed() {
        Project decided = deciding.decide(ID, 1L, HUNAN_APPROVES, Callers.HUNAN_DRC);

        assertThat(decided.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(stored()).isEqualTo(decided);
    }

    @Test
    void approvalByBothProvincesApprovesTheProject() {
        deciding.decide(ID, 1L, HUNAN_APPROVES, Callers.HUNAN_DRC);

        Project decided = deciding.decide(ID, 2L, JIANGXI_APPROVES, Callers.JIANGXI_DRC);

        assertThat(decided.status()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(stored()).isEqualTo(decided);
    }

    @Test
    void theApprovalCompletingThePairRecordsTheProvincesApprovalBeforeTheProjects() {
        deciding.decide(ID, 1L, HUNAN_APPROVES, Callers.HUNAN_DRC);

        deciding.decide(ID, 2L, JIANGXI_APPROVES, Callers.JIANGXI_DRC);

        assertThat(projects.history(ID)).extracting(ProjectEvent.Change::type, ProjectEvent.Change::version)
                .containsExactly(tuple("PROVINCE_APPROVED", 2L), tuple("PROVINCE_APPROVED", 3L),
                        tuple("APPROVED", 4L));
    }

    @Test
    void eachRecordedChangeIsAnEventKeyedByTheProject() {
        deciding.decide(ID, 1L, HUNAN_APPROVES, Callers.HUNAN_DRC);
        deciding.decide(ID, 2L, JIANGXI_APPROVES, Callers.JIANGXI_DRC);

        assertThat(events.types()).containsExactly(EventType.PROJECT_PROVINCE_APPROVED,
                EventType.PROJECT_PROVINCE_APPROVED, EventType.PROJECT_APPROVED);
        assertThat(events.keys()).containsOnly(ID);
    }

    @Test
    void aRejectionByEitherProvinceRejectsTheProject() {
        Project decided = deciding.decide(ID, 1L, new DecideOnProject("360000", Decision.REJECT, "no budget"),
                Callers.JIANGXI_DRC);

        assertThat(decided.status()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(projects.history(ID)).extracting(ProjectEvent.Change::reason).containsExactly("no budget");
    }

    @Test
    void theDecisionIsRecordedAsTheDrcsWithThePersonActingForIt() {
        deciding.decide(ID, 1L, HUNAN_APPROVES, Callers.HUNAN_DRC);

        ProjectEvent.Change change = projects.history(ID).getFirst();
        assertThat(change.actor()).isEqualTo("hunan-drc");
        assertThat(change.actorPerson()).isEqualTo("li.ming");
        assertThat(change.provinceCode()).isEqualTo("430000");
    }

    @Test
    void withoutAnExpectedVersionTheDecisionIsTakenOnTheCurrentOne() {
        deciding.decide(ID, null, HUNAN_APPROVES, Callers.HUNAN_DRC);

        Project decided = deciding.decide(ID, null, JIANGXI_APPROVES, Callers.JIANGXI_DRC);

        assertThat(decided.version()).isEqualTo(4);
    }

    @Test
    void aStaleExpectedVersionIsRefusedNamingTheCurrentOne() {
        deciding.decide(ID, 1L, HUNAN_APPROVES, Callers.HUNAN_DRC);

        assertThatThrownBy(() -> deciding.decide(ID, 1L, JIANGXI_APPROVES, Callers.JIANGXI_DRC))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.current()).isEqualTo(2));
        assertThat(stored().version()).isEqualTo(2);
        assertThat(projects.history(ID)).hasSize(1);
    }

    @Test
    void aDrcMayNotDecideForTheOtherProvince() {
        assertThatThrownBy(() -> deciding.decide(ID, 1L, HUNAN_APPROVES, Callers.JIANGXI_DRC))
                .isInstanceOf(NotPermittedException.class);
        assertNothingWritten();
    }

    @Test
    void aUnitsAgencyMayNotDecideEvenForAProjectItTakesPartIn() {
        assertThatThrownBy(() -> deciding.decide(ID, 1L, HUNAN_APPROVES, Callers.LIUYANG))
                .isInstanceOf(NotPermittedException.class);
        assertNothingWritten();
    }

    @Test
    void anUnknownProjectIsNotFound() {
        assertThatThrownBy(() -> deciding.decide("XG-2026-0404", null, HUNAN_APPROVES, Callers.HUNAN_DRC))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("XG-2026-0404"));
    }

    @Test
    void aProvinceOutsideTheZoneIsRefusedNamingTheField() {
        assertThatThrownBy(() -> deciding.decide(ID, 1L, new DecideOnProject("110000", Decision.APPROVE, null),
                Callers.HUNAN_DRC)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("province"));
    }

    @Test
    void aProvinceCodeOfTheWrongShapeIsMalformed() {
        assertThatThrownBy(() -> deciding.decide(ID, 1L, new DecideOnProject("43", Decision.APPROVE, null),
                Callers.HUNAN_DRC)).isInstanceOfSatisfying(MalformedInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("province"));
    }

    @Test
    void aDecisionIsRequired() {
        assertThatThrownBy(() -> deciding.decide(ID, 1L, new DecideOnProject("430000", null, null),
                Callers.HUNAN_DRC)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("decision"));
        assertNothingWritten();
    }

    private Project stored() {
        return projects.find(ID).orElseThrow();
    }

    private void assertNothingWritten() {
        assertThat(stored().version()).isEqualTo(1);
        assertThat(projects.history(ID)).isEmpty();
        assertThat(events.types()).isEmpty();
    }
}
