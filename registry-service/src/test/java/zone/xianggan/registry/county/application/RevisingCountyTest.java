package zone.xianggan.registry.county.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.testsupport.slice.Callers;

class RevisingCountyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final ReviseCounty ENGLISH_NAME = new ReviseCounty("浏阳市", "Liuyang City",
            CountyKind.COUNTY_LEVEL_CITY, "the English name as the plan spells it");

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
    void theOtherProvincesDrcMayNotReviseAUnit() {
        assertThatThrownBy(() -> revising.revise(Units.LIUYANG, 1, ENGLISH_NAME, Callers.JIANGXI_DRC))
                .isInstanceOf(NotPermittedException.class);
    }
}
