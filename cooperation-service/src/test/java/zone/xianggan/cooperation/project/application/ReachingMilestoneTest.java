package zone.xianggan.cooperation.project.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.project.model.Milestone;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.events.EventType;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.testsupport.slice.Callers;

/** A started project of Liuyang (Hunan) and Shangli (Jiangxi), at version 5, with one milestone, M1. */
class ReachingMilestoneTest {

    private static final String ID = "XG-2026-0001";
    /** 17:00 UTC on 1 March is 01:00 on 2 March in China. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T17:00:00Z"), ZoneOffset.UTC);
    private static final ReachMilestone TODAY = new ReachMilestone(null, null);

    private final InMemoryProjects projects = InMemoryProjects.holding(ProjectStates.started(ID, "430181",
            "360322"));
    private final AppendedEvents events = new AppendedEvents();
    private final ReachingMilestone reaching = new ReachingMilestone(new ProjectChanges(projects, events.outbox()),
            CLOCK);

    @Test
    void theMilestoneIsStoredAsReachedOnTheDayGiven() {
        Project reached = reaching.reach(ID, "M1", 5, new ReachMilestone(LocalDate.of(2026, 2, 27), null),
                Callers.LIUYANG);

        assertThat(projects.find(ID)).contains(reached);
        assertThat(reached.milestones()).extracting(Milestone::doneOn).containsExactly(LocalDate.of(2026, 2, 27));
    }

    @Test
    void withoutADayTheMilestoneIsReachedTodayInChina() {
        Project reached = reaching.reach(ID, "M1", 5, TODAY, Callers.LIUYANG);

        assertThat(reached.milestones()).extracting(Milestone::doneOn).containsExactly(LocalDate.of(2026, 3, 2));
    }

    @Test
    void theMilestoneReachedIsRecordedWithItsReason() {
        reaching.reach(ID, "M1", 5, new ReachMilestone(null, "route signed in Pingxiang"), Callers.LIUYANG);

        ProjectEvent.Change change = projects.history(ID).getLast();
        assertThat(change.type()).isEqualTo("MILESTONE_REACHED");
        assertThat(change.milestoneId()).isEqualTo("M1");
        assertThat(change.reason()).isEqualTo("route signed in Pingxiang");
    }

    @Test
    void theMilestoneReachedIsPublishedAsAnEvent() {
        reaching.reach(ID, "M1", 5, TODAY, Callers.LIUYANG);

        assertThat(events.types()).containsExactly(EventType.PROJECT_MILESTONE_REACHED);
    }

    @Test
    void anUnknownMilestoneIsNotFound() {
        assertThatThrownBy(() -> reaching.reach(ID, "M9", 5, TODAY, Callers.LIUYANG))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("milestone"));
        assertNothingWritten();
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> reaching.reach(ID, "M1", 4, TODAY, Callers.LIUYANG))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.current()).isEqualTo(5));
        assertNothingWritten();
    }

    @Test
    void theAgencyOfAUnitNotTakingPartMayNotRecordAMilestone() {
        assertThatThrownBy(() -> reaching.reach(ID, "M1", 5, TODAY, Callers.LILING))
                .isInstanceOf(NotPermittedException.class);
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(projects.find(ID).orElseThrow().version()).isEqualTo(5);
        assertThat(projects.history(ID)).isEmpty();
        assertThat(events.types()).isEmpty();
    }
}
