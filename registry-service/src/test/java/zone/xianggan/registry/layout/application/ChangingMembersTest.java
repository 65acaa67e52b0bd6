package zone.xianggan.registry.layout.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.registry.Refusals;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.application.CountyFeature;
import zone.xianggan.registry.county.application.InMemoryCounties;
import zone.xianggan.registry.county.application.RecordingOutbox;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.layout.model.ElementKind;
import zone.xianggan.registry.layout.model.MembershipChange;
import zone.xianggan.registry.layout.model.SpatialElement;
import zone.xianggan.testsupport.slice.Callers;

class ChangingMembersTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String CORE = "jinggangshan-core";
    private static final String DECISION = "zone office decision on the Jinggangshan area";

    private final InMemorySpatialElements elements = new InMemorySpatialElements();
    private final InMemoryCounties counties = new InMemoryCounties();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final ChangingMembers changing = new ChangingMembers(elements, counties,
            CountyFeature.changes(counties, outbox.outbox()), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void twoElementsWithTheirUnitsAsSeeded() {
        elements.insert(new SpatialElement(CORE, ElementKind.CORE, "井冈山核心区", "Jinggangshan core", null, 1,
                Units.SEEDED_AT));
        elements.insert(new SpatialElement(Units.JINGGANGSHAN_CLUSTER, ElementKind.CITY_CLUSTER, "城市群",
                "Youxian-Jinggangshan cluster", null, 1, Units.SEEDED_AT));
        counties.insert(Units.jinggangshan());
        counties.insert(Units.suichuan());
        counties.insert(Units.retired(Units.liling()));
    }

    @Test
    void aUnitThatJoinsBelongsToTheElementAtItsNextVersion() {
        changing.setMembers(CORE, 1, List.of("360881"), Callers.ZONE_OFFICE, DECISION);

        County jinggangshan = counties.find(Units.JINGGANGSHAN).orElseThrow();
        assertThat(jinggangshan.version()).isEqualTo(2);
        assertThat(jinggangshan.otherElementIds()).containsExactly(CORE);
    }

    @Test
    void aUnitThatJoinsKeepsItsOtherMemberships() {
        changing.setMembers(CORE, 1, List.of("360881"), Callers.ZONE_OFFICE, DECISION);

        assertThat(counties.find(Units.JINGGANGSHAN).orElseThrow().clusterIds())
                .containsExactly(Units.JINGGANGSHAN_CLUSTER);
    }

    @Test
    void aUnitThatJoinsACityClusterHasItAmongItsClusters() {
        changing.setMembers(Units.JINGGANGSHAN_CLUSTER, 1, List.of("360881", "360827"), Callers.ZONE_OFFICE,
                DECISION);

        assertThat(counties.find(Units.SUICHUAN).orElseThrow().clusterIds())
                .containsExactly(Units.JINGGANGSHAN_CLUSTER);
    }

    @Test
    void aUnitThatLeavesNoLongerBelongsToTheElement() {
        changing.setMembers(Units.JINGGANGSHAN_CLUSTER, 1, List.of(), Callers.ZONE_OFFICE, DECISION);

        assertThat(counties.find(Units.JINGGANGSHAN).orElseThrow().clusterIds()).isEmpty();
    }

    @Test
    void aUnitThatStaysKeepsItsVersion() {
        changing.setMembers(Units.JINGGANGSHAN_CLUSTER, 1, List.of("360881", "360827"), Callers.ZONE_OFFICE,
                DECISION);

        assertThat(counties.find(Units.JINGGANGSHAN).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void theElementIsAnsweredAtItsNextVersionWithItsMembers() {
        ElementWithMembers answered = changing.setMembers(CORE, 1, List.of("360881", "360827"),
                Callers.ZONE_OFFICE, DECISION);

        assertThat(answered.element().version()).isEqualTo(2);
        assertThat(answered.element().changedAt()).isEqualTo(NOW);
        assertThat(answered.members()).containsExactly("360827", "360881");
        assertThat(elements.find(CORE)).contains(answered.element());
    }

    @Test
    void theElementsHistoryRecordsEachChangeOfItsMembers() {
        changing.setMembers(CORE, 1, List.of("360881", "360827"), Callers.ZONE_OFFICE, DECISION);
        changing.setMembers(CORE, 2, List.of("360881"), Callers.ZONE_OFFICE, "Suichuan is outside the core");

        assertThat(elements.history(CORE)).containsExactly(
                new MembershipChange(CORE, 2, new Actor("zone-office", "planner"), NOW, DECISION,
                        List.of("360827", "360881"), List.of()),
                new MembershipChange(CORE, 3, new Actor("zone-office", "planner"), NOW,
                        "Suichuan is outside the core", List.of(), List.of("360827")));
    }

    @Test
    void eachUnitThatJoinsOrLeavesIsRecordedAsAMembershipChange() {
        changing.setMembers(CORE, 1, List.of("360881"), Callers.ZONE_OFFICE, DECISION);

        assertThat(counties.history(Units.JINGGANGSHAN)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(ChangeType.MEMBERSHIP_CHANGED);
            assertThat(entry.changes()).containsOnlyKeys("spatialElements");
            assertThat(entry.reason()).isEqualTo(DECISION);
        });
    }

    @Test
    void eachUnitThatJoinsOrLeavesHasItsSnapshotAppendedAsCountyUpdated() {
        changing.setMembers(Units.JINGGANGSHAN_CLUSTER, 1, List.of("360827"), Callers.ZONE_OFFICE, DECISION);

        assertThat(outbox.appended()).extracting(PendingEvent::type, PendingEvent::key).containsExactly(
                tuple(EventType.COUNTY_UPDATED, "360827"),
                tuple(EventType.COUNTY_UPDATED, "360881"));
    }

    @Test
    void theMembersAlreadyHeldChangeNothing() {
        ElementWithMembers answered = changing.setMembers(Units.JINGGANGSHAN_CLUSTER, 1, List.of("360881"),
                Callers.ZONE_OFFICE, DECISION);

        assertThat(answered.element().version()).isEqualTo(1);
        assertThat(elements.history(Units.JINGGANGSHAN_CLUSTER)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        changing.setMembers(CORE, 1, List.of("360881"), Callers.ZONE_OFFICE, DECISION);

        assertThatThrownBy(() -> changing.setMembers(CORE, 1, List.of(), Callers.ZONE_OFFICE, DECISION))
                .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
                    assertThat(stale.expected()).isEqualTo(1);
                    assertThat(stale.current()).isEqualTo(2);
                });
    }

    @Test
    void anUnknownElementIsNotFound() {
        assertThatThrownBy(() -> changing.setMembers("nowhere", 1, List.of(), Callers.ZONE_OFFICE, DECISION))
                .isInstanceOfSatisfying(NotFoundException.class, missing -> assertThat(missing.id())
                        .isEqualTo("nowhere"));
    }

    @Test
    void aMalformedCodeIsRefusedAsMalformedNamingItsEntry() {
        assertThatThrownBy(() -> changing.setMembers(CORE, 1, List.of("360881", "36088"), Callers.ZONE_OFFICE,
                DECISION))
                .isInstanceOf(MalformedInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("members[1]"));
    }

    @Test
    void aUnitNotInTheRegistryIsRefusedNamingItsEntry() {
        assertThatThrownBy(() -> changing.setMembers(CORE, 1, List.of("360881", "360899"), Callers.ZONE_OFFICE,
                DECISION))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("members[1]"));
    }

    @Test
    void aUnitListedTwiceIsRefusedNamingTheSecondEntry() {
        assertThatThrownBy(() -> changing.setMembers(CORE, 1, List.of("360881", "360881"), Callers.ZONE_OFFICE,
                DECISION))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("members[1]"));
    }

    @Test
    void aRetiredUnitCannotJoin() {
        assertThatThrownBy(() -> changing.setMembers(CORE, 1, List.of("430281"), Callers.ZONE_OFFICE, DECISION))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("members[0]"));
    }

    @Test
    void theMembersAreRequired() {
        assertThatThrownBy(() -> changing.setMembers(CORE, 1, null, Callers.ZONE_OFFICE, DECISION))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("members"));
    }

    @Test
    void aChangeOfMembersNeedsAReason() {
        assertThatThrownBy(() -> changing.setMembers(CORE, 1, List.of("360881"), Callers.ZONE_OFFICE, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("reason"));
    }

    @Test
    void aRefusedChangeWritesNothing() {
        assertThatThrownBy(() -> changing.setMembers(CORE, 1, List.of("360881", "430281"), Callers.ZONE_OFFICE,
                DECISION))
                .isInstanceOf(InvalidInputException.class);

        assertThat(elements.find(CORE).orElseThrow().version()).isEqualTo(1);
        assertThat(counties.find(Units.JINGGANGSHAN)).contains(Units.jinggangshan());
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void onlyTheZoneOfficeSetsMembers() {
        assertThatThrownBy(() -> changing.setMembers(CORE, 1, List.of("360881"), Callers.JIANGXI_DRC, DECISION))
                .isInstanceOf(NotPermittedException.class);
    }
}
