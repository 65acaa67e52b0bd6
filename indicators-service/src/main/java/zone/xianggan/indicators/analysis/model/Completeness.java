package zone.xianggan.indicators.analysis.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the units expected to report have done so, and the rate, as DHIS2's reporting completeness: the share of
 * expected units with a current value, in percent with two decimals.
 */
public record Completeness(int expected, int reported, BigDecimal rate, List<String> missing) {

    public static Completeness of(Set<String> expected, Set<String> reporting) {
        List<String> missing = new TreeSet<>(expected).stream().filter(unit -> !reporting.contains(unit)).toList();
        int reported = expected.size() - missing.size();
        BigDecimal rate = expected.isEmpty() ? null
                : BigDecimal.valueOf(reported * 100L).divide(BigDecimal.valueOf(expected.size()), 2,
                        java.math.RoundingMode.HALF_EVEN);
        return new Completeness(expected.size(), reported, rate, missing);
    }
}
