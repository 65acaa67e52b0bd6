package zone.xianggan.registry.county.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.registry.Units;
import zone.xianggan.testsupport.slice.Callers;

class AnnouncingCountiesTest {

    private final InMemoryCounties counties = new InMemoryCounties();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final AnnouncingCounties announcing = new AnnouncingCounties(counties, outbox.outbox());

    @BeforeEach
    void oneUnitActiveOneRetired() {
        counties.insert(Units.liuyang());
        counties.insert(Units.retired(Units.liling()));
    }

    @Test
    void everyUnitIsAnnouncedOnce() {
        int announced = announcing.announceAll(Callers.ZONE_OPERATOR);

        assertThat(announced).isEqualTo(2);
        assertThat(outbox.appended()).extracting(PendingEvent::key).containsExactly("430181", "430281");
    }

    @Test
    void eachUnitIsAnnouncedAtTheVersionItHolds() {
        announcing.announceAll(Callers.ZONE_OPERATOR);

        assertThat(outbox.appended()).extracting(event -> ((CountySnapshot) event.data()).version())
                .containsExactly(1L, 2L);
    }

    @Test
    void anActiveUnitIsAnnouncedAsUpdated() {
        announcing.announceAll(Callers.ZONE_OPERATOR);

        assertThat(outbox.appended().getFirst().type()).isEqualTo(EventType.COUNTY_UPDATED);
    }

    @Test
    void aRetiredUnitIsAnnouncedAsRetired() {
        announcing.announceAll(Callers.ZONE_OPERATOR);

        assertThat(outbox.appended().getLast().type()).isEqualTo(EventType.COUNTY_RETIRED);
    }

    @Test
    void theAnnouncementChangesNoUnit() {
        announcing.announceAll(Callers.ZONE_OPERATOR);

        assertThat(counties.findAll()).containsExactly(Units.liuyang(), Units.retired(Units.liling()));
        assertThat(counties.history(Units.LIUYANG)).isEmpty();
    }

    @Test
    void onlyTheOperatorHasTheRegistryAnnounce() {
        assertThatThrownBy(() -> announcing.announceAll(Callers.ZONE_OFFICE))
                .isInstanceOf(NotPermittedException.class);
        assertThat(outbox.appended()).isEmpty();
    }
}
