package zone.xianggan.indicators.reporting.model;

import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.IndicatorCode;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Violation;

/** What a value is the value of: one unit (or province, for a benchmark), one indicator, one period. */
public record ValueKey(String countyCode, String indicatorCode, Period period) {

    /** The key as one text, {@code indicator/county/period}: how a list of values names an item. */
    public String asText() {
        return indicatorCode + "/" + countyCode + "/" + period;
    }

    /** Reads {@link #asText()} back; anything else is malformed input naming {@code field}. */
    public static ValueKey parse(String field, String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3) {
            throw new MalformedInputException(Violation.of(field, "names no value (indicator/county/period)"));
        }
        return new ValueKey(CountyCode.parse(field, parts[1]).value(), IndicatorCode.parse(field, parts[0]),
                Period.parse(field, parts[2]));
    }
}
