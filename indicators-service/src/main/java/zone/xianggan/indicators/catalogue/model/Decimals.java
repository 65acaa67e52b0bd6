package zone.xianggan.indicators.catalogue.model;

import java.math.BigDecimal;

/** Figures as the zone shows them: without trailing zeros and never in exponent form ({@code 1000}, not 1E+3). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
