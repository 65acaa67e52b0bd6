package zone.xianggan.cooperation.project.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.ProjectStates;
import zone.xianggan.events.EventType;
import zone.xianggan.events.cooperation.ProjectEvent;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.replica.CountyReplicated;

/** Luxi (360324) is retired; Xiangdong (360313) takes over. */
class FlaggingProjectsForReviewTest {

    private static final String PROPOSED = "XG-2026-0001";
    private static final String STARTED = "XG-2026-0002";
    private static final String CANCELLED = "XG-2026-0003";
    private static final String WITHOUT_LUXI = "XG-2026-0004";
    private static final CountySnapshot LUXI = county(CountySnapshot.ACTIVE, 1);
    private static final CountySnapshot LUXI_RETIRED = county(CountySnapshot.RETIRED, 2);

    private final InMemoryProjects projects = InMemoryProjects.holding(
            ProjectStates.proposed(PROPOSED, "430181", "360324"),
            ProjectStates.started(STARTED, "430281", "360324"),
            ProjectStates.cancelled(CANCELLED, "430181", "360324"),
            ProjectStates.proposed(WITHOUT_LUXI, "430181", "360322"));
    private final AppendedEvents events = new AppendedEvents();
    private final FlaggingProjectsForReview flagging = new FlaggingProjectsForReview(projects,
            new ProjectChanges(projects, events.outbox()),
            Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC));

    @Test
    void theOpenProjectsOfARetiredUnitAreFlaggedShowingItsSuccessor() {
        flagging.on(new CountyReplicated(Optional.of(LUXI), LUXI_RETIRED));

        assertThat(flagged()).containsExactly(PROPOSED, STARTED);
        assertThat(projects.find(STARTED).orElseThrow().reviewFlags().getFirst().successor().value())
                .isEqualTo("360313");
    }

    @Test
    void theFlagIsRaisedByTheZoneOnTheRegistrysWord() {
        flagging.on(new CountyReplicated(Optional.of(LUXI), LUXI_RETIRED));

        assertThat(projects.history(PROPOSED)).extracting(ProjectEvent.Change::type, ProjectEvent.Change::actor)
                .containsExactly(tuple("FLAGGED_FOR_REVIEW",
                        "system:registry.counties.v1"));
    }

    @Test
    void eachFlagIsPublishedAsAnEventOfItsProject() {
        flagging.on(new CountyReplicated(Optional.of(LUXI), LUXI_RETIRED));

        assertThat(events.types()).containsOnly(EventType.PROJECT_FLAGGED_FOR_REVIEW);
        assertThat(events.keys()).containsExactly(PROPOSED, STARTED);
    }

    @Test
    void aRetirementDeliveredAgainFlagsNothingMore() {
        flagging.on(new CountyReplicated(Optional.of(LUXI), LUXI_RETIRED));

        flagging.on(new CountyReplicated(Optional.of(LUXI_RETIRED), LUXI_RETIRED));

        assertThat(events.keys()).containsExactly(PROPOSED, STARTED);
    }

    @Test
    void aChangeOtherThanARetirementFlagsNothing() {
        flagging.on(new CountyReplicated(Optional.of(LUXI), county(CountySnapshot.ACTIVE, 2)));

        assertThat(flagged()).isEmpty();
        assertThat(events.types()).isEmpty();
    }

    private List<String> flagged() {
        return projects.findAll().stream().filter(Project::needsReview).map(Project::id).toList();
    }

    private static CountySnapshot county(String status, long version) {
        boolean retired = CountySnapshot.RETIRED.equals(status);
        return new CountySnapshot("360324", "芦溪县", "Luxi", "COUNTY", "360000", "360300", List.of(), List.of(),
                status, retired ? "360313" : null, retired ? LocalDate.of(2026, 3, 9) : null, version,
                Instant.parse("2026-03-09T02:00:00Z"), "jiangxi-drc", null);
    }
}
