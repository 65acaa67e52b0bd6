package zone.xianggan.indicators.targets.application;

import java.math.BigDecimal;

import zone.xianggan.indicators.PlanUnits;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.indicators.targets.model.TargetKind;
import zone.xianggan.kernel.plan.PlanArea;

/** Goals as the migration seeds them (version 1, entered by the zone itself), and one an agency adopted. */
final class PlanGoals {

    static final String SOURCE = "Overall Plan for the Hunan-Jiangxi Border Area Regional Cooperation "
            + "Demonstration Zone (NDRC, October 2021)";

    /** The zone's GDP, in words. */
    static final Target STRENGTH = goal("2025-comprehensive-strength", 2025, "zone", PlanArea.COMPREHENSIVE_STRENGTH,
            "GDP", TargetKind.QUALITATIVE, null);
    /** Red tourism, whose visits no unit has reported yet. */
    static final Target RED_TOURISM = goal("2025-red-tourism", 2025, "zone", PlanArea.RED_CULTURE,
            "RED_TOURISM_VISITS", TargetKind.QUALITATIVE, null);
    /** Urban incomes, in words: its indicator retired after the goal was adopted. */
    static final Target URBAN_INCOME = goal("2025-urban-income", 2025, "zone", PlanArea.COMPREHENSIVE_STRENGTH,
            "URBAN_DISPOSABLE_INCOME", TargetKind.QUALITATIVE, null);
    /** A goal with no indicator at all. */
    static final Target MODERNIZATION = goal("2035-modernization", 2035, "zone", PlanArea.COMPREHENSIVE_STRENGTH,
            null, TargetKind.QUALITATIVE, null);
    /** The plan's one comparative goal. */
    static final Target URBANIZATION = goal("2025-urbanization", 2025, "zone", PlanArea.URBAN_RURAL_INTEGRATION,
            "URBANIZATION_RATE", TargetKind.COMPARATIVE, null);
    /** Hunan's part of the zone's GDP, set at 250 by an agency. */
    static final Target HUNAN_GDP = goal("2025-gdp-hunan", 2025, "province:430000", PlanArea.COMPREHENSIVE_STRENGTH,
            "GDP", TargetKind.NUMERIC, new BigDecimal("250"));

    /** Jiangxi's part of the zone's GDP, in words. */
    static final Target JIANGXI_STRENGTH = goal("2025-strength-jiangxi", 2025, "province:360000",
            PlanArea.COMPREHENSIVE_STRENGTH, "GDP", TargetKind.QUALITATIVE, null);

    /** The centre city cluster's part of the zone's GDP, in words. */
    static final Target CENTRE_STRENGTH = goal("2025-strength-centre", 2025, "cluster:" + PlanUnits.CENTRE,
            PlanArea.COMPREHENSIVE_STRENGTH, "GDP", TargetKind.QUALITATIVE, null);

    private PlanGoals() {
    }

    private static Target goal(String id, int year, String scope, PlanArea area, String indicator, TargetKind kind,
            BigDecimal value) {
        return new Target(id, year, scope, area, indicator, kind, "The goal for " + id + " in the plan's words",
                SOURCE, value, value == null ? null : "Hunan 14th Five-Year Plan, table 2", 1,
                SeededCatalogue.SEEDED_AT, SeededCatalogue.SEED);
    }
}
