package zone.xianggan.cooperation.project.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.cooperation.project.model.ProjectStatus;
import zone.xianggan.events.EventType;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.testsupport.slice.Callers;

/** An approved project of Liuyang (Hunan) and Shangli (Jiangxi), at version 4. */
class ChangingProjectStatusTest {

    private static final String ID = "XG-2026-0001";
    /** 17:00 UTC on 1 March is 01:00 on 2 March in China. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T17:00:00Z"), ZoneOffset.UTC);
    private static final ChangeStatus START = new ChangeStatus(ProjectStatus.IN_PROGRESS, null, null);

    private final InMemoryProjects projects = InMemoryProjects.holding(ProjectStates.approved(ID, "430181",
            "360322"));
    private final AppendedEvents events = new AppendedEvents();
    private final ChangingProjectStatus changing = new ChangingProjectStatus(
            new ProjectChanges(projects, events.outbox()), CLOCK);

    @Test
    void theProjectMovesToTheStatusAtTheNextVersion() {
        Project started = changing.change(ID, 4, START, Callers.LIUYANG);

        assertThat(started.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(started.version()).isEqualTo(5);
        assertThat(projects.find(ID)).contains(started);
    }

    @Test
    void withoutADateTheProjectStartsOnTodayInChina() {
        Project started = changing.change(ID, 4, START, Callers.LIUYANG);

        assertThat(started.actualStart()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void theChangeIsRecordedWithTheStatusesItMovedBetween() {
        changing.change(ID, 4, START, Callers.LIUYANG);

        ProjectEvent.Change change = projects.history(ID).getLast();
        assertThat(change.type()).isEqualTo("STATUS_CHANGED");
        assertThat(change.fromStatus()).isEqualTo("APPROVED");
        assertThat(change.toStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theChangeIsRecordedAsTheCallingAgencysWithThePersonActingForIt() {
        changing.change(ID, 4, START, Callers.LIUYANG);

        ProjectEvent.Change change = projects.history(ID).getLast();
        assertThat(change.actor()).isEqualTo("liuyang");
        assertThat(change.actorPerson()).isEqualTo("chen.li");
    }

    @Test
    void theChangeIsPublishedAsAStatusChangedEvent() {
        changing.change(ID, 4, START, Callers.LIUYANG);

        assertThat(events.types()).containsExactly(EventType.PROJECT_STATUS_CHANGED);
        assertThat(events.keys()).containsExactly(ID);
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> changing.change(ID, 3, START, Callers.LIUYANG))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.current()).isEqualTo(4));
        assertNothingWritten();
    }

    @Test
    void theAgencyOfAUnitNotTakingPartMayNotChangeTheStatus() {
        assertThatThrownBy(() -> changing.change(ID, 4, START, Callers.LILING))
                .isInstanceOf(NotPermittedException.class);
        assertNothingWritten();
    }

    @Test
    void anAgencyThatMayNotActLearnsNothingOfTheVersion() {
        assertThatThrownBy(() -> changing.change(ID, 3, START, Callers.LILING))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theDrcOfAParticipatingProvinceMayChangeTheStatus() {
        Project started = changing.change(ID, 4, START, Callers.JIANGXI_DRC);

        assertThat(started.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
    }

    @Test
    void aStatusIsRequired() {
        assertThatThrownBy(() -> changing.change(ID, 4, new ChangeStatus(null, null, null), Callers.LIUYANG))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("status"));
        assertNothingWritten();
    }

    @Test
    void anUnknownProjectIsNotFound() {
        assertThatThrownBy(() -> changing.change("XG-2026-0404", 1, START, Callers.ZONE_OFFICE))
                .isInstanceOf(NotFoundException.class);
    }

    private void assertNothingWritten() {
        assertThat(projects.find(ID).orElseThrow().version()).isEqualTo(4);
        assertThat(projects.history(ID)).isEmpty();
        assertThat(events.types()).isEmpty();
    }
}
