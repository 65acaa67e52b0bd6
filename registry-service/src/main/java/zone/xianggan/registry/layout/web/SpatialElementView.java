package zone.xianggan.registry.layout.web;

import java.time.Instant;
import java.util.List;

import zone.xianggan.registry.layout.application.ElementWithMembers;

/** A spatial element with its member units; ETag is its version. */
record SpatialElementView(String id, String kind, String nameZh, String nameEn, String description,
        List<String> members, List<String> retiredMembers, long version, Instant changedAt) {

    static SpatialElementView of(ElementWithMembers e) {
        return new SpatialElementView(e.element().id(), e.element().kind().name(), e.element().nameZh(),
                e.element().nameEn(), e.element().description(), e.members(), e.retiredMembers(),
                e.element().version(), e.element().changedAt());
    }
}
