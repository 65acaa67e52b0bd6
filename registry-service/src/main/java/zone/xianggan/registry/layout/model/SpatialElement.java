package zone.xianggan.registry.layout.model;

import java.time.Instant;

import zone.xianggan.kernel.change.Versioned;

/**
 * One element of the plan's spatial layout. Its members are units of the registry; a change of members produces
 * a new version of the element.
 */
public record SpatialElement(String id, ElementKind kind, String nameZh, String nameEn, String description,
        long version, Instant changedAt) implements Versioned {

    public SpatialElement nextVersion(Instant at) {
        return new SpatialElement(id, kind, nameZh, nameEn, description, version + 1, at);
    }

    public boolean isCityCluster() {
        return kind == ElementKind.CITY_CLUSTER;
    }
}
