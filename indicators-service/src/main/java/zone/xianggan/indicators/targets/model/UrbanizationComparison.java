package zone.xianggan.indicators.targets.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import zone.xianggan.kernel.domain.Decimals;

/**
 * The plan's one explicit comparative goal: the growth of the zone's urbanization rate of the permanent population
 * is higher than the average of Hunan's and Jiangxi's. The zone's rate is Σ urban resident population ÷ Σ resident
 * population × 100 over the units with both figures in both years (never a mean of rates); growth is in
 * percentage points from the base year to the year; the provinces' average is the mean of their two growths.
 *
 * @param zone           the zone's rates, over {@code unitsCompared}
 * @param provinces      each province's rates, by province code
 * @param provincesMeanGrowth mean of the provinces' growths, in percentage points
 */
public record UrbanizationComparison(int baseYear, int year, Verdict verdict, String explanation, ZoneRates zone,
        Map<String, ProvinceRates> provinces, BigDecimal provincesMeanGrowth, List<String> unitsCompared,
        List<String> unitsMissing) {

    public enum Verdict {
        MET,
        NOT_MET,
        CANNOT_TELL
    }

    /**
     * @param baseUrban     Σ urban resident population in the base year, over the units compared
     * @param baseResident  Σ resident population in the base year, over the units compared
     */
    public record ZoneRates(BigDecimal baseRate, BigDecimal rate, BigDecimal growth, BigDecimal baseUrban,
            BigDecimal baseResident, BigDecimal urban, BigDecimal resident) {
    }

    /** @param method {@code REPORTED} (its urbanization rate) or {@code COMPUTED} (from its populations) */
    public record ProvinceRates(BigDecimal baseRate, String baseMethod, BigDecimal rate, String method,
            BigDecimal growth) {
    }

    /** The answer from the numbers; CANNOT_TELL, saying what is missing, where one is. */
    public static UrbanizationComparison decide(int baseYear, int year, ZoneRates zone,
            Map<String, ProvinceRates> provinces, List<String> compared, List<String> missing) {
        StringBuilder lacking = new StringBuilder();
        if (baseYear >= year) {
            lacking.append("the base year must come before the year; ");
        }
        if (zone.growth() == null) {
            lacking.append("the zone has no units with urban and resident population in both ").append(baseYear)
                    .append(" and ").append(year).append("; ");
        }
        provinces.forEach((code, rates) -> {
            if (rates.growth() == null) {
                lacking.append("province ").append(code).append(" has no urbanization rate (reported, or urban and ")
                        .append("resident population) for both ").append(baseYear).append(" and ").append(year)
                        .append("; ");
            }
        });
        if (!lacking.isEmpty()) {
            return new UrbanizationComparison(baseYear, year, Verdict.CANNOT_TELL,
                    "Cannot tell: " + lacking.substring(0, lacking.length() - 2) + ".", zone, provinces, null,
                    compared, missing);
        }
        BigDecimal mean = Decimals.quotient(provinces.values().stream()
                .map(ProvinceRates::growth).reduce(BigDecimal.ZERO, BigDecimal::add),
                BigDecimal.valueOf(provinces.size()));
        boolean met = zone.growth().compareTo(mean) > 0;
        String explanation = "From " + baseYear + " to " + year + " the zone's urbanization rate grew by "
                + zone.growth().toPlainString() + " percentage points (" + zone.baseRate().toPlainString() + " % to "
                + zone.rate().toPlainString() + " %, over " + compared.size() + " units), "
                + (met ? "more than" : "not more than") + " the " + mean.toPlainString()
                + " points the provinces grew on average.";
        return new UrbanizationComparison(baseYear, year, met ? Verdict.MET : Verdict.NOT_MET, explanation, zone,
                provinces, mean, compared, missing);
    }
}
