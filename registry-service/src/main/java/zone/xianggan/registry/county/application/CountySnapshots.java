package zone.xianggan.registry.county.application;

import zone.xianggan.events.EventType;
import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyStatus;

/** A unit's whole state as the registry publishes it, on its API and on {@code registry.counties.v1}. */
public final class CountySnapshots {

    private CountySnapshots() {
    }

    public static CountySnapshot of(County county) {
        return new CountySnapshot(county.code().value(), county.details().nameZh(), county.details().nameEn(),
                county.details().kind().name(), county.provinceCode(), county.prefectureCode(), county.clusterIds(),
                county.otherElementIds(), county.status().name(),
                county.successor() == null ? null : county.successor().value(), county.retiredOn(), county.version(),
                county.changedAt(), county.changedBy().agency(), county.changedBy().person());
    }

    static PendingEvent event(County county, ChangeType change) {
        EventType type = switch (change) {
            case SEEDED, REGISTERED -> EventType.COUNTY_REGISTERED;
            case REVISED, MEMBERSHIP_CHANGED -> EventType.COUNTY_UPDATED;
            case RETIRED -> EventType.COUNTY_RETIRED;
        };
        return new PendingEvent(type, county.code().value(), of(county));
    }

    /**
     * The unit's current snapshot once more, with its version unchanged: a consumer that holds that version ignores
     * it; one that lost the unit (a tombstone parked, a topic lost, a replica rebuilt) takes it again.
     */
    static PendingEvent announcement(County county) {
        EventType type = county.status() == CountyStatus.RETIRED ? EventType.COUNTY_RETIRED : EventType.COUNTY_UPDATED;
        return new PendingEvent(type, county.code().value(), of(county));
    }
}
