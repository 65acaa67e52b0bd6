package zone.xianggan.cooperation.project.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.testsupport.slice.Callers;

/** A proposal of Liuyang (Hunan) and Luxi (Jiangxi), flagged at version 2 when Luxi was retired. */
class ResolvingReviewTest {

    private static final String ID = "XG-2026-0001";
    private static final CountyCode LUXI = new CountyCode("360324");
    private static final String AGREED = "Xiangdong (360313) takes over, as both DRCs agreed";

    private final InMemoryProjects projects = InMemoryProjects.holding(flagged());
    private final AppendedEvents events = new AppendedEvents();
    private final ResolvingReview resolving = new ResolvingReview(new ProjectChanges(projects, events.outbox()),
            Clock.fixed(ProjectStates.AT, ZoneOffset.UTC));

    @Test
    void theResolvedFlagIsCleared() {
        Project resolved = resolving.resolve(ID, LUXI, 2, AGREED, Callers.LIUYANG);

        assertThat(resolved.needsReview()).isFalse();
        assertThat(projects.find(ID)).contains(resolved);
    }

    @Test
    void theResolutionIsRecordedWithWhatWasDecided() {
        resolving.resolve(ID, LUXI, 2, AGREED, Callers.LIUYANG);

        ProjectEvent.Change change = projects.history(ID).getLast();
        assertThat(change.type()).isEqualTo("REVIEW_RESOLVED");
        assertThat(change.reason()).isEqualTo(AGREED);
        assertThat(change.successorCode()).isEqualTo("360313");
    }

    @Test
    void aReasonIsRequired() {
        assertThatThrownBy(() -> resolving.resolve(ID, LUXI, 2, " ", Callers.LIUYANG))
                .isInstanceOf(InvalidInputException.class);
        assertThat(projects.history(ID)).isEmpty();
    }

    @Test
    void aUnitWithoutAFlagIsNotFound() {
        assertThatThrownBy(() -> resolving.resolve(ID, new CountyCode("430181"), 2, AGREED, Callers.LIUYANG))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.resource()).isEqualTo("review flag"));
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> resolving.resolve(ID, LUXI, 1, AGREED, Callers.LIUYANG))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.current()).isEqualTo(2));
        assertThat(projects.find(ID).orElseThrow().needsReview()).isTrue();
    }

    private static Project flagged() {
        return ProjectStates.proposed(ID, "430181", "360324").flagForReview(LUXI, new CountyCode("360313"),
                LocalDate.of(2026, 3, 9), Actor.system("registry.counties.v1"), ProjectStates.AT).orElseThrow()
                .project();
    }
}
