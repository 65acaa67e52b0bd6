package zone.xianggan.cooperation.outcome.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import zone.xianggan.cooperation.outcome.application.ProjectOutcomes;
import zone.xianggan.cooperation.outcome.model.OutcomeMeasurement;
import zone.xianggan.cooperation.project.model.ExpectedOutcome;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.kernel.aggregation.Combination;
import zone.xianggan.kernel.domain.CountyCode;

/** A project's expected outcomes against the latest reported values, as agencies read them. */
record OutcomesView(String projectId, long projectVersion, Instant asOf, List<Outcome> outcomes) {

    static OutcomesView of(ProjectOutcomes outcomes) {
        return new OutcomesView(outcomes.projectId(), outcomes.projectVersion(), outcomes.asOf(),
                outcomes.outcomes().stream().map(Outcome::of).toList());
    }

    /**
     * @param latest               the indicator combined over the units in the latest period reported; null if none
     * @param progress             (latest − baseline) ÷ (target − baseline); null without a latest value
     * @param complete             whether every unit of the outcome is counted in the latest value
     * @param countiesWithoutValue units not counted in the latest period, and the indicators they lack
     * @param values               each unit's own reported value in that period
     */
    record Outcome(String id, String indicatorCode, String indicatorNameZh, String indicatorNameEn, String unit,
            String aggregation, String direction, List<String> countyCodes, BigDecimal baseline,
            String baselinePeriod, BigDecimal target, String targetPeriod, Latest latest, BigDecimal progress,
            boolean complete, List<String> countiesCounted, List<Missing> countiesWithoutValue,
            List<OutcomeMeasurement.UnitValue> values) {

        static Outcome of(ProjectOutcomes.Measured measured) {
            ExpectedOutcome o = measured.outcome();
            IndicatorSnapshot i = measured.indicator();
            OutcomeMeasurement m = measured.measurement();
            return new Outcome(o.id(), o.indicatorCode(), i == null ? null : i.nameZh(), i == null ? null : i.nameEn(),
                    i == null ? null : i.unit(), i == null ? null : i.aggregation().method(),
                    i == null ? null : i.direction(), o.counties().stream().map(CountyCode::value).toList(),
                    o.baseline(), o.baselinePeriod() == null ? null : o.baselinePeriod().toString(), o.target(),
                    o.targetPeriod().toString(),
                    m.value() == null ? null : new Latest(m.value(), m.period().toString(), m.revision()),
                    m.progress(), m.complete(), m.countiesCounted(),
                    m.countiesWithoutValue().stream().map(Missing::of).toList(), m.values());
        }
    }

    /** @param lacking the indicators with no value of the unit for the period */
    record Missing(String countyCode, List<String> lacking) {

        static Missing of(Combination.UnitLacking unit) {
            return new Missing(unit.unit(), unit.indicators());
        }
    }

    /** @param revision the value's revision, when it is one unit's reported value */
    record Latest(BigDecimal value, String period, Integer revision) {
    }
}
