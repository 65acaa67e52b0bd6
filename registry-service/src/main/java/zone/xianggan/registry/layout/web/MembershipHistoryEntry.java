package zone.xianggan.registry.layout.web;

import java.time.Instant;
import java.util.List;

import zone.xianggan.registry.layout.model.MembershipChange;

/** One change of an element's members: who (agency and person), when, why, and which units joined and left. */
record MembershipHistoryEntry(long version, String actor, String person, Instant changedAt, String reason,
        List<String> joined, List<String> left) {

    static MembershipHistoryEntry of(MembershipChange change) {
        return new MembershipHistoryEntry(change.version(), change.actor().agency(), change.actor().person(),
                change.at(), change.reason(), change.joined(), change.left());
    }
}
