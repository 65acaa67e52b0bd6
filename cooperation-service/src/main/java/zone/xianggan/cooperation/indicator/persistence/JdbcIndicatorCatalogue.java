package zone.xianggan.cooperation.indicator.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import zone.xianggan.cooperation.indicator.application.IndicatorCatalogue;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.platform.replica.SnapshotTable;

/** The {@code indicator_replica} table: a {@link SnapshotTable} of indicator definitions. */
@Repository
class JdbcIndicatorCatalogue implements IndicatorCatalogue {

    private final SnapshotTable<IndicatorSnapshot> indicators;
    private final Clock clock;

    JdbcIndicatorCatalogue(JdbcTemplate jdbc, Clock clock) {
        this.indicators = new SnapshotTable<>(jdbc, "indicator_replica", IndicatorSnapshot.class,
                IndicatorSnapshot::code, IndicatorSnapshot::version, IndicatorSnapshot::status);
        this.clock = clock;
    }

    @Override
    public Optional<IndicatorSnapshot> find(String code) {
        return indicators.find(code);
    }

    @Override
    public List<IndicatorSnapshot> findAll() {
        return indicators.findAll();
    }

    @Override
    public boolean storeIfNewer(IndicatorSnapshot snapshot, String eventId) {
        return indicators.storeIfNewer(snapshot, eventId, clock.instant());
    }

    @Override
    public boolean isEmpty() {
        return indicators.isEmpty();
    }
}
