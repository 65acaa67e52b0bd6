package zone.xianggan.registry.layout.model;

import java.time.Instant;
import java.util.List;

import zone.xianggan.kernel.access.Actor;

/** One change of an element's members: who made it, when, why, and which units joined and left. */
public record MembershipChange(String elementId, long version, Actor actor, Instant at, String reason,
        List<String> joined, List<String> left) {

    public MembershipChange {
        joined = List.copyOf(joined);
        left = List.copyOf(left);
    }
}
