package zone.xianggan.indicators.targets.application;

import zone.xianggan.indicators.targets.model.Progress;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.indicators.targets.model.UrbanizationComparison;

/** A target with its progress computed from the data; for the comparative goal, the comparison too. */
public record TargetProgress(Target target, Progress progress, UrbanizationComparison comparison) {
}
