package zone.xianggan.identity.agency.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import zone.xianggan.events.TopicDefinition;
import zone.xianggan.events.Topics;
import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.change.Changed;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Violation;

/**
 * An agency as the issuer knows it: an OAuth 2 client of the client-credentials grant. Its kind fixes which scopes
 * it may hold; a unit agency belongs to one unit and a provincial DRC to one province; a subscriber is granted event
 * topics. Only the hash of its secret is kept. A disabled agency gets no token. Every change produces a new version.
 */
public record AgencyAccount(String id, AgencyKind kind, String unit, String province, AgencyNames names,
        Set<Scope> scopes, Set<String> topics, boolean enabled, String secretHash, Instant secretRotatedAt,
        long version, Instant createdAt, String createdBy, Instant changedAt, String changedBy) implements Versioned {

    private static final Pattern UNIT = Pattern.compile("(43|36)[0-9]{4}");
    private static final Set<String> PROVINCES = Set.of("430000", "360000");

    public AgencyAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        scopes = Set.copyOf(scopes);
        topics = Set.copyOf(topics);
    }

    /**
     * A new agency at version 1, enabled, every rule of its kind checked at once: all that is wrong is reported
     * together, each naming its field.
     */
    public static AgencyAccount register(Registration request, String secretHash, String by, Instant at) {
        return register(request, () -> secretHash, by, at);
    }

    /**
     * A new agency as {@link #register(Registration, String, String, Instant)} makes it, its secret hashed only once
     * every rule holds: a hash costs tens of milliseconds by design, and a refused registration needs none.
     */
    public static AgencyAccount register(Registration request, Supplier<String> secretHash, String by, Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (!AgencyId.isValid(request.id())) {
            violations.add(Violation.of("id", "must be " + AgencyId.FORM, request.id()));
        }
        AgencyKind kind = request.kind();
        if (kind == null) {
            violations.add(Violation.of("kind", "is required: one of " + List.of(AgencyKind.values())));
        }
        checkUnit(kind, request.unit(), violations);
        checkProvince(kind, request.province(), violations);
        AgencyNames names = AgencyNames.of(request.nameZh(), request.nameEn(), violations);
        Set<Scope> scopes = kind == null ? Set.of() : scopes(kind, request.scopes(), violations);
        Set<String> topics = kind == null ? Set.of() : topics(kind, request.topics(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new AgencyAccount(request.id(), kind, request.unit(), request.province(), names, scopes, topics, true,
                secretHash.get(), at, 1, at, by, at, by);
    }

    /** A new agency, every field it was registered with shown as changed from nothing. */
    public Changed<AgencyAccount, ChangeType> asRegistered() {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("kind", new FieldChange(null, kind()));
        if (unit() != null) {
            changes.put("unit", new FieldChange(null, unit()));
        }
        if (province() != null) {
            changes.put("province", new FieldChange(null, province()));
        }
        changes.put("nameZh", new FieldChange(null, names().zh()));
        changes.put("nameEn", new FieldChange(null, names().en()));
        changes.put("scopes",
                new FieldChange(null, new TreeSet<>(scopes().stream().map(Scope::value).toList())));
        if (!topics().isEmpty()) {
            changes.put("topics", new FieldChange(null, new TreeSet<>(topics())));
        }
        changes.put("enabled", new FieldChange(null, enabled()));
        return new Changed<>(this, ChangeType.REGISTERED, changes);
    }

    /** A new secret (its hash); the old one stops working at once. */
    public Changed<AgencyAccount, ChangeType> withSecret(String newSecretHash, String by, Instant at) {
        Map<String, FieldChange> changes = Map.of("secretRotatedAt", new FieldChange(secretRotatedAt, at));
        return new Changed<>(next(enabled, topics, newSecretHash, at, by, at), ChangeType.SECRET_ROTATED, changes);
    }

    /**
     * Disabled: no token from now on. The zone's own services are not disabled this way (it would cut a service off
     * the zone, Kafka included), and an agency does not disable itself (the zone office would lock itself out).
     */
    public Changed<AgencyAccount, ChangeType> disable(String by, Instant at) {
        if (kind == AgencyKind.SERVICE) {
            throw conflict("kind", "agency " + id + " is one of the zone's own services and cannot be disabled; "
                    + "replace its secret instead if it leaked");
        }
        if (id.equals(by)) {
            throw conflict("id", "an agency cannot disable itself");
        }
        if (!enabled) {
            throw conflict("enabled", "agency " + id + " is disabled already");
        }
        return new Changed<>(next(false, topics, secretHash, secretRotatedAt, by, at), ChangeType.DISABLED,
                Map.of("enabled", new FieldChange(true, false)));
    }

    public Changed<AgencyAccount, ChangeType> enable(String by, Instant at) {
        if (enabled) {
            throw conflict("enabled", "agency " + id + " is enabled already");
        }
        return new Changed<>(next(true, topics, secretHash, secretRotatedAt, by, at), ChangeType.ENABLED,
                Map.of("enabled", new FieldChange(false, true)));
    }

    /** The topics a subscriber may read set to {@code granted}; nothing if they are the ones it holds. */
    public Optional<Changed<AgencyAccount, ChangeType>> withTopics(Collection<String> granted, String by, Instant at) {
        if (kind != AgencyKind.SUBSCRIBER) {
            throw conflict("kind", "agency " + id + " is a " + kind + "; only a SUBSCRIBER is granted topics");
        }
        if (granted == null) {
            throw new InvalidInputException(Violation.of("topics", "is required (an empty list grants none)"));
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> checked = topics(kind, List.copyOf(granted), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (checked.equals(topics)) {
            return Optional.empty();
        }
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("topics", new FieldChange(new TreeSet<>(topics), new TreeSet<>(checked)));
        return Optional.of(new Changed<>(next(enabled, checked, secretHash, secretRotatedAt, by, at),
                ChangeType.TOPICS_CHANGED, changes));
    }

    /** The agency as its tokens describe it. */
    public Agency asAgency() {
        return new Agency(id, kind, unit, province, scopes);
    }

    private AgencyAccount next(boolean nowEnabled, Set<String> nowTopics, String nowSecretHash,
            Instant nowSecretRotatedAt, String by, Instant at) {
        return new AgencyAccount(id, kind, unit, province, names, scopes, nowTopics, nowEnabled, nowSecretHash,
                nowSecretRotatedAt, version + 1, createdAt, createdBy, at, by);
    }

    /** A clash with the agency's state, naming the field in the way ({@code field} in the problem). */
    private static ConflictException conflict(String field, String message) {
        return new ConflictException(message, Map.of("field", field));
    }

    private static void checkUnit(AgencyKind kind, String unit, List<Violation> violations) {
        if (kind == AgencyKind.UNIT_AGENCY) {
            if (unit == null || !UNIT.matcher(unit).matches()) {
                violations.add(Violation.of("unit", "a unit agency names its unit: the six-digit county code "
                        + "(430xxx-431xxx in Hunan, 36xxxx in Jiangxi)", unit));
            }
        } else if (unit != null) {
            violations.add(Violation.of("unit", "only a UNIT_AGENCY belongs to a unit", unit));
        }
    }

    private static void checkProvince(AgencyKind kind, String province, List<Violation> violations) {
        if (kind == AgencyKind.PROVINCIAL_DRC) {
            if (province == null || !PROVINCES.contains(province)) {
                violations.add(Violation.of("province", "a provincial DRC names its province: 430000 (Hunan) or "
                        + "360000 (Jiangxi)", province));
            }
        } else if (province != null) {
            violations.add(Violation.of("province", "only a PROVINCIAL_DRC belongs to a province", province));
        }
    }

    private static Set<Scope> scopes(AgencyKind kind, List<String> requested, List<Violation> violations) {
        if (requested == null) {
            return kind.grantableScopes();
        }
        if (requested.isEmpty()) {
            violations.add(Violation.of("scopes", "names no scope; leave it out for every scope a " + kind
                    + " may hold: " + new TreeSet<>(kind.grantableScopes().stream().map(Scope::value).toList())));
            return Set.of();
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String value : requested) {
            Optional<Scope> scope = Scope.fromValue(value);
            if (scope.isEmpty() || !kind.grantableScopes().contains(scope.get())) {
                violations.add(Violation.of("scopes", "a " + kind + " may hold only "
                        + new TreeSet<>(kind.grantableScopes().stream().map(Scope::value).toList()), value));
            } else {
                scopes.add(scope.get());
            }
        }
        return scopes;
    }

    private static Set<String> topics(AgencyKind kind, List<String> requested, List<Violation> violations) {
        if (requested == null || requested.isEmpty()) {
            return Set.of();
        }
        if (kind != AgencyKind.SUBSCRIBER) {
            violations.add(Violation.of("topics", "only a SUBSCRIBER is granted topics"));
            return Set.of();
        }
        List<String> known = Topics.ALL.stream().map(TopicDefinition::name).toList();
        Set<String> topics = new TreeSet<>();
        for (String topic : requested) {
            if (!known.contains(topic)) {
                violations.add(Violation.of("topics", "is not one of the zone's topics " + known, topic));
            } else {
                topics.add(topic);
            }
        }
        return topics;
    }
}
