package zone.xianggan.cooperation.project.model;

import java.math.BigDecimal;
import java.util.List;

import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.Period;

/**
 * What the project is to change (IATI result indicator): an indicator of the zone's catalogue, over some of the
 * participating units, from a baseline to a target value in a target period.
 *
 * @param id             {@code O1}, {@code O2}… in the order proposed
 * @param counties       the participating units it applies to; the indicator's values are combined over them
 * @param baselinePeriod the period the baseline was measured in, if known
 */
public record ExpectedOutcome(String id, String indicatorCode, List<CountyCode> counties, BigDecimal baseline,
        Period baselinePeriod, BigDecimal target, Period targetPeriod) {

    public ExpectedOutcome {
        counties = List.copyOf(counties);
    }
}
