package zone.xianggan.registry.county.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.county.model.Membership;
import zone.xianggan.testsupport.slice.Callers;

class RevisingCountyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final ReviseCounty ENGLISH_NAME = new ReviseCounty("浏阳市", "Liuyang City",
            CountyKind.COUNTY_LEVEL_CITY, "the English name as the plan spells it");

    private static final String WEST_CLUSTER = "liuyang-liling-shangli-xiangdong-anyuan-luxi";

    private final InMemoryCounties counties = new InMemoryCounties();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RevisingCounty revising = new RevisingCounty(new CountyChanges(counties, outbox.outbox()),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void liuyangAsSeeded() {
        counties.insert(Units.liuyang());
    }

    @Test
    void aRevisionAtTheCurrentVersionStoresTheNextVersion() {
        County revised = revising.revise(Units.LIUYANG, 1, ENGLISH_NAME, Callers.HUNAN_DRC);

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.details().nameEn()).isEqualTo("Liuyang City");
        assertThat(counties.find(Units.LIUYANG)).contains(revised);
    }

    @Test
    void theRevisionIsRecordedInTheHistory() {
        revising.revise(Units.LIUYANG, 1, ENGLISH_NAME, Callers.HUNAN_DRC);

        assertThat(counties.history(Units.LIUYANG)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(ChangeType.REVISED);
            assertThat(entry.version()).isEqualTo(2);
            assertThat(entry.changes()).containsOnlyKeys("nameEn")
                    .containsEntry("nameEn", new FieldChange("Liuyang", "Liuyang City"));
            assertThat(entry.actor()).isEqualTo(new Actor("hunan-drc", "li.ming"));
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.reason()).isEqualTo("the English name as the plan spells it");
        });
    }

    @Test
    void theRevisedSnapshotIsAppendedAsCountyUpdated() {
        County revised = revising.revise(Units.LIUYANG, 1, ENGLISH_NAME, Callers.HUNAN_DRC);

        assertThat(outbox.appended()).containsExactly(
                new PendingEvent(EventType.COUNTY_UPDATED, "430181", CountySnapshots.of(revised)));
    }

    @Test
    void theDetailsAlreadyHeldChangeNothing() {
        ReviseCounty same = new ReviseCounty("浏阳市", "Liuyang", CountyKind.COUNTY_LEVEL_CITY, "checked");

        County answered = revising.revise(Units.LIUYANG, 1, same, Callers.HUNAN_DRC);

        assertThat(answered).isEqualTo(Units.liuyang());
        assertThat(counties.history(Units.LIUYANG)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        revising.revise(Units.LIUYANG, 1, ENGLISH_NAME, Callers.HUNAN_DRC);
        ReviseCounty basedOnVersionOne = new ReviseCounty("浏阳市", "Liuyang County", CountyKind.COUNTY_LEVEL_CITY,
                null);

        assertThatThrownBy(() -> revising.revise(Units.LIUYANG, 1, basedOnVersionOne, Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
                    assertThat(stale.expected()).isEqualTo(1);
                    assertThat(stale.current()).isEqualTo(2);
                });
    }

    @Test
    void aStaleRevisionWritesNothing() {
        assertThatThrownBy(() -> revising.revise(Units.LIUYANG, 0, ENGLISH_NAME, Callers.HUNAN_DRC))
                .isInstanceOf(StaleVersionException.class);

        assertThat(counties.find(Units.LIUYANG)).contains(Units.liuyang());
        assertThat(counties.history(Units.LIUYANG)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void anUnknownUnitIsNotFound() {
        assertThatThrownBy(() -> revising.revise(new CountyCode("430182"), 1, ENGLISH_NAME, Callers.HUNAN_DRC))
                .isInstanceOfSatisfying(NotFoundException.class, missing -> {
                    assertThat(missing.resource()).isEqualTo("county");
                    assertThat(missing.id()).isEqualTo("430182");
                });
    }

    @Test
    void aRetiredUnitCannotBeRevised() {
        counties.insert(Units.retired(Units.liling()));
        ReviseCounty lilingCity = new ReviseCounty("醴陵市", "Liling City", CountyKind.COUNTY_LEVEL_CITY, null);

        assertThatThrownBy(() -> revising.revise(Units.LILING, 2, lilingCity, Callers.HUNAN_DRC))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReadOnlyFieldSentChangedIsRefusedNamingIt() {
        assertThatThrownBy(() -> revising.revise(Units.LIUYANG, 1, sendingBack(ENGLISH_NAME, List.of(), "RETIRED"),
                Callers.HUNAN_DRC)).isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.violations()).extracting(Violation::field)
                                .containsExactly("status"));
    }

    @Test
    void aReadOnlyFieldSentChangedWritesNothing() {
        assertThatThrownBy(() -> revising.revise(Units.LIUYANG, 1, sendingBack(ENGLISH_NAME, List.of(), "RETIRED"),
                Callers.HUNAN_DRC)).isInstanceOf(InvalidInputException.class);

        assertThat(counties.find(Units.LIUYANG)).contains(Units.liuyang());
        assertThat(counties.history(Units.LIUYANG)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void theUnitSentBackWholeAsReadIsRevised() {
        ReviseCounty whole = new ReviseCounty("浏阳市", "Liuyang City", CountyKind.COUNTY_LEVEL_CITY, null,
                new ReviseCounty.ReadOnlyFields("430181", "430000", "430100", List.of(), List.of(), "ACTIVE", null,
                        null));

        assertThat(revising.revise(Units.LIUYANG, 1, whole, Callers.HUNAN_DRC).version()).isEqualTo(2);
    }

    @Test
    void readOnlyFieldsSentBackAsTheVersionLockedHoldsThemAreTakenThoughAnEarlierReadDiffered() {
        RevisingCounty afterAMembershipChange = revisingWhileAMembershipChangeCommits();

        County revised = afterAMembershipChange.revise(Units.LIUYANG, 2,
                sendingBack(ENGLISH_NAME, List.of(WEST_CLUSTER), "ACTIVE"), Callers.HUNAN_DRC);

        assertThat(revised.details().nameEn()).isEqualTo("Liuyang City");
    }

    @Test
    void readOnlyFieldsSentBackAsAnEarlierReadHeldThemAreRefusedAgainstTheVersionLocked() {
        RevisingCounty afterAMembershipChange = revisingWhileAMembershipChangeCommits();

        assertThatThrownBy(() -> afterAMembershipChange.revise(Units.LIUYANG, 2,
                sendingBack(ENGLISH_NAME, List.of(), "ACTIVE"), Callers.HUNAN_DRC))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.violations()).extracting(Violation::field)
                                .containsExactly("clusters"));
    }

    @Test
    void theOtherProvincesDrcMayNotReviseAUnit() {
        assertThatThrownBy(() -> revising.revise(Units.LIUYANG, 1, ENGLISH_NAME, Callers.JIANGXI_DRC))
                .isInstanceOf(NotPermittedException.class);
    }

    private static ReviseCounty sendingBack(ReviseCounty revision, List<String> clusters, String status) {
        return new ReviseCounty(revision.nameZh(), revision.nameEn(), revision.kind(), revision.reason(),
                new ReviseCounty.ReadOnlyFields(null, null, null, clusters, null, status, null, null));
    }

    /**
     * Liuyang joined the west cluster at version 2, committed after a read that still finds it at version 1 without
     * it: what a check made outside the revision's transaction could have compared with.
     */
    private RevisingCounty revisingWhileAMembershipChangeCommits() {
        County joined = Units.liuyang().withMemberships(Set.of(new Membership(WEST_CLUSTER, true)), NOW,
                Actor.system("test")).orElseThrow().after();
        InMemoryCounties readLagging = new InMemoryCounties() {
            @Override
            public Optional<County> find(CountyCode code) {
                return Optional.of(Units.liuyang());
            }

            @Override
            public Optional<County> lock(CountyCode code) {
                return findAll().stream().filter(unit -> unit.code().equals(code)).findFirst();
            }
        };
        readLagging.insert(joined);
        return new RevisingCounty(new CountyChanges(readLagging, outbox.outbox()), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
