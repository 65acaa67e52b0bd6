package zone.xianggan.indicators.reporting.application;

import java.util.Collection;
import java.util.Set;

import zone.xianggan.kernel.domain.Period;

/**
 * Which current values to read; an empty or null part matches everything.
 *
 * @param source exactly this source, e.g. {@code SYNTHETIC SAMPLE – not official data}
 */
public record ValueFilter(Set<String> countyCodes, Set<String> indicatorCodes, Set<Period> periods, String source) {

    public ValueFilter {
        countyCodes = countyCodes == null ? Set.of() : Set.copyOf(countyCodes);
        indicatorCodes = indicatorCodes == null ? Set.of() : Set.copyOf(indicatorCodes);
        periods = periods == null ? Set.of() : Set.copyOf(periods);
    }

    public static ValueFilter of(Collection<String> indicatorCodes, Collection<Period> periods, String source) {
        return new ValueFilter(Set.of(), Set.copyOf(indicatorCodes), Set.copyOf(periods), source);
    }
}
