package zone.xianggan.kernel.access;

import java.util.Arrays;
import java.util.Optional;

/** A right an agency's token carries, as the OAuth 2 {@code scope} value names it. */
public enum Scope {

    ZONE_READ("zone.read"),
    VALUES_REPORT("values.report"),
    CATALOGUE_MANAGE("catalogue.manage"),
    TARGETS_MANAGE("targets.manage"),
    REGISTRY_MANAGE("registry.manage"),
    PROJECTS_PROPOSE("projects.propose"),
    PROJECTS_DECIDE("projects.decide"),
    AGENCIES_MANAGE("agencies.manage"),
    ZONE_OPS("zone.ops");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Scope> fromValue(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
