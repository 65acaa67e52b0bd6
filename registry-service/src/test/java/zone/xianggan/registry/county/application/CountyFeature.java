package zone.xianggan.registry.county.application;

import zone.xianggan.platform.outbox.Outbox;

/** The county feature's services for the tests of other features' use cases: their constructors are package-private. */
public final class CountyFeature {

    private CountyFeature() {
    }

    public static CountyChanges changes(Counties counties, Outbox outbox) {
        return new CountyChanges(counties, outbox);
    }

    public static ReadingCounties reading(Counties counties, ReferenceData reference) {
        return new ReadingCounties(counties, reference);
    }
}
