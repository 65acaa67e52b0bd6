package zone.xianggan.cooperation.outcome.application;

import java.time.Instant;
import java.util.List;

import zone.xianggan.cooperation.outcome.model.OutcomeMeasurement;
import zone.xianggan.cooperation.project.model.ExpectedOutcome;
import zone.xianggan.events.indicators.IndicatorSnapshot;

/**
 * A project's expected outcomes, each against the latest values reported.
 *
 * @param asOf when the values were read
 */
public record ProjectOutcomes(String projectId, long projectVersion, Instant asOf, List<Measured> outcomes) {

    public ProjectOutcomes {
        outcomes = List.copyOf(outcomes);
    }

    /** @param indicator the catalogue's definition; null if the catalogue replica does not hold it (any more) */
    public record Measured(ExpectedOutcome outcome, IndicatorSnapshot indicator, OutcomeMeasurement measurement) {
    }
}
