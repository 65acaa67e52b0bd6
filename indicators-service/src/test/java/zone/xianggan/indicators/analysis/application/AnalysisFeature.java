package zone.xianggan.indicators.analysis.application;

import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.replica.RegistryReplica;

/**
 * The analysis feature's use cases for the tests of other features' use cases: their constructors are
 * package-private.
 */
public final class AnalysisFeature {

    private AnalysisFeature() {
    }

    public static AggregatingValues aggregating(ReadingCatalogue catalogue, ReadingValues values,
            RegistryReplica replica) {
        return new AggregatingValues(catalogue, values, new Scopes(replica));
    }
}
