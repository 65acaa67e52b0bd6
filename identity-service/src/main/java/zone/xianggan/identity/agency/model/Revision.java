package zone.xianggan.identity.agency.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import zone.xianggan.kernel.access.Scope;

/** An agency as a change leaves it, with what changed, field by field. */
public record Revision(AgencyAccount account, ChangeType type, Map<String, FieldChange> changes) {

    public Revision {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** A new agency, every field it was registered with shown as changed from nothing. */
    public static Revision registered(AgencyAccount account) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("kind", new FieldChange(null, account.kind()));
        if (account.unit() != null) {
            changes.put("unit", new FieldChange(null, account.unit()));
        }
        if (account.province() != null) {
            changes.put("province", new FieldChange(null, account.province()));
        }
        changes.put("nameZh", new FieldChange(null, account.names().zh()));
        changes.put("nameEn", new FieldChange(null, account.names().en()));
        changes.put("scopes",
                new FieldChange(null, new TreeSet<>(account.scopes().stream().map(Scope::value).toList())));
        if (!account.topics().isEmpty()) {
            changes.put("topics", new FieldChange(null, new TreeSet<>(account.topics())));
        }
        changes.put("enabled", new FieldChange(null, account.enabled()));
        return new Revision(account, ChangeType.REGISTERED, changes);
    }
}
