package zone.xianggan.kernel.aggregation;

import java.math.BigDecimal;

/** The values a rule combines: each unit's value of an indicator, in the one period being combined. */
@FunctionalInterface
public interface UnitValues {

    /** @return null if the unit has no value of the indicator */
    BigDecimal valueOf(String unit, String indicator);
}
