package zone.xianggan.identity.agency.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import zone.xianggan.kernel.access.Actor;

/**
 * One entry of an agency's history: the version a change produced, who made it (the authenticated agency, and the
 * person acting for it where it named one), when, why, and what changed. Secrets never appear, only when one was
 * replaced.
 */
public record AgencyChange(String agencyId, long version, ChangeType type, Actor actor, Instant at, String reason,
        Map<String, FieldChange> changes) {

    public AgencyChange {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
