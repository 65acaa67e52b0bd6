package zone.xianggan.indicators.sdmx.model;

import java.math.BigDecimal;
import java.time.Instant;

import zone.xianggan.kernel.domain.Period;

/**
 * A current value as a statistical observation: its key, the figure, and what the attributes say of it.
 *
 * @param area     the unit's code, or a province's for its benchmark
 * @param unit     the indicator's unit of measure, as the catalogue names it
 * @param revision 1 for a value as first reported, higher for each revision
 * @param source   as the reporter named it; null if none
 * @param comment  the reporter's note; null if none
 */
public record Observation(String area, String indicator, Period period, BigDecimal value, String unit, int revision,
        Instant lastUpdate, String source, String comment) {

    public ObservationStatus status() {
        return ObservationStatus.NORMAL;
    }

    public String timePeriod() {
        return SdmxTime.format(period);
    }

    /** The figure as SDMX writes it: plain decimal digits, no exponent, no trailing zeros. */
    public String formattedValue() {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** The value of one of the key's dimensions. */
    public String dimension(Concept dimension) {
        if (dimension.equals(ZoneIndicators.REF_AREA)) {
            return area;
        }
        if (dimension.equals(ZoneIndicators.INDICATOR)) {
            return indicator;
        }
        if (dimension.equals(ZoneIndicators.TIME_PERIOD)) {
            return timePeriod();
        }
        throw new IllegalArgumentException("not a dimension: " + dimension.id());
    }

    /** The value of an attribute as text, the code for a coded one; null where the observation has none. */
    public String attribute(Concept attribute) {
        if (attribute.equals(ZoneIndicators.UNIT_MEASURE)) {
            return unit;
        }
        if (attribute.equals(ZoneIndicators.OBS_STATUS)) {
            return status().code();
        }
        if (attribute.equals(ZoneIndicators.REVISION)) {
            return Integer.toString(revision);
        }
        if (attribute.equals(ZoneIndicators.LAST_UPDATE)) {
            return lastUpdate.toString();
        }
        if (attribute.equals(ZoneIndicators.SOURCE)) {
            return source;
        }
        if (attribute.equals(ZoneIndicators.COMMENT_OBS)) {
            return comment;
        }
        throw new IllegalArgumentException("not an attribute: " + attribute.id());
    }
}
