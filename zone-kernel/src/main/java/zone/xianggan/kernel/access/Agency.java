package zone.xianggan.kernel.access;

import java.util.Objects;
import java.util.Set;

/**
 * An authenticated agency: who calls, as its token says. {@code unit} is the county code a unit agency belongs to,
 * {@code province} the province code of a provincial DRC; each is null for every other kind.
 */
public record Agency(String id, AgencyKind kind, String unit, String province, Set<Scope> scopes) {

    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        scopes = Set.copyOf(scopes);
        if ((kind == AgencyKind.UNIT_AGENCY) != (unit != null)) {
            throw new IllegalArgumentException("a unit agency, and only one, belongs to a unit: " + id);
        }
        if ((kind == AgencyKind.PROVINCIAL_DRC) != (province != null)) {
            throw new IllegalArgumentException("a provincial DRC, and only one, belongs to a province: " + id);
        }
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }

    public boolean is(AgencyKind other) {
        return kind == other;
    }

    /** Whether this is the agency of unit {@code countyCode}. */
    public boolean isAgencyOfUnit(String countyCode) {
        return kind == AgencyKind.UNIT_AGENCY && unit.equals(countyCode);
    }

    /** Whether this is the DRC of province {@code provinceCode}. */
    public boolean isDrcOf(String provinceCode) {
        return kind == AgencyKind.PROVINCIAL_DRC && province.equals(provinceCode);
    }
}
