package zone.xianggan.indicators.reporting.model;

import java.util.ArrayList;
import java.util.List;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Violation;

/**
 * Who may report and revise values, deny by default: a unit's own agency, for its own unit only, and the zone office,
 * for any unit (and for a province's benchmark); each with the scope {@code values.report}. A batch holding any row
 * of a unit the agency may not report for is refused whole, each such row named, whatever else it holds and whether
 * or not it is a dry run: nothing of it is written.
 */
public final class ReportingPolicy {

    public static final String RULE = "values are reported and revised by a unit's own agency, for its own unit "
            + "only, or by the zone office (scope values.report)";

    private ReportingPolicy() {
    }

    /**
     * @param reports   the values as sent (a single value has no row)
     * @param unitField what the batch calls a row's unit, to name it as the sender did: {@code countyCode} in JSON,
     *                  {@code county_code} in a CSV
     */
    public static void requireMayReport(Agency agency, List<Report> reports, String unitField) {
        if (!agency.has(Scope.VALUES_REPORT)) {
            throw new NotPermittedException(RULE);
        }
        if (agency.is(AgencyKind.ZONE_OFFICE)) {
            return;
        }
        if (!agency.is(AgencyKind.UNIT_AGENCY)) {
            throw new NotPermittedException(RULE);
        }
        List<Violation> othersRows = new ArrayList<>();
        for (Report report : reports) {
            String unit = unitOf(report);
            // A row that names no unit is not another unit's: the checks that follow refuse it as incomplete.
            if (unit != null && !agency.isAgencyOfUnit(unit)) {
                Violation violation = Violation.of(unitField, "is not the unit of agency " + agency.id() + " ("
                        + agency.unit() + "): only the zone office or that unit's own agency reports for " + unit,
                        unit);
                othersRows.add(report.row() == null ? violation : violation.atRow(report.row()));
            }
        }
        if (!othersRows.isEmpty()) {
            throw new NotPermittedException("agency " + agency.id() + " reports and revises the values of its own unit "
                    + agency.unit() + " only; the zone office reports for any unit (scope values.report)", othersRows);
        }
    }

    private static String unitOf(Report report) {
        String unit = report.countyCode();
        return unit == null || unit.isBlank() ? null : unit.strip();
    }
}
