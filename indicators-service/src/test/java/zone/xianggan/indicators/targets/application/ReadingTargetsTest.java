package zone.xianggan.indicators.targets.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.indicators.Figures;
import zone.xianggan.indicators.InMemoryReplica;
import zone.xianggan.indicators.PlanUnits;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.analysis.application.AggregatingValues;
import zone.xianggan.indicators.analysis.application.AnalysisFeature;
import zone.xianggan.indicators.catalogue.application.InMemoryIndicators;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.reporting.application.InMemoryValues;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.targets.model.Progress;
import zone.xianggan.indicators.targets.model.ProgressStatus;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.replica.RegistryReplica;

/**
 * Liuyang and Liling have reported GDP for 2020 and 2024, Liuyang for 2019 too, Shangli for 2022 and 2024 only;
 * Jinggangshan never. Jiangxi's part of the zone's strength has figures from 2022 on.
 */
class ReadingTargetsTest {

    private final ReadingCatalogue catalogue = InMemoryIndicators.holding(SeededCatalogue.GDP,
            SeededCatalogue.RED_TOURISM_VISITS, SeededCatalogue.RESIDENT_POPULATION,
            SeededCatalogue.URBAN_RESIDENT_POPULATION, SeededCatalogue.URBANIZATION_RATE).reading();
    private final ReadingValues values = InMemoryValues.holding(
            Figures.series(ZoneUnits.LIUYANG, "GDP", "2019", "90", "2020", "100", "2024", "160"),
            Figures.series(ZoneUnits.LILING, "GDP", "2020", "50", "2024", "70"),
            Figures.series(ZoneUnits.SHANGLI, "GDP", "2022", "20", "2024", "30")).reading();
    private final ReadingTargets reading = readingOver(ZoneUnits.replica(), PlanGoals.STRENGTH,
            PlanGoals.RED_TOURISM, PlanGoals.MODERNIZATION, PlanGoals.URBANIZATION, PlanGoals.HUNAN_GDP,
            PlanGoals.JIANGXI_STRENGTH);

    @Test
    void progressIsTheChangeFromTheBaselineToTheLatestPeriod() {
        Progress progress = progressOf(PlanGoals.STRENGTH.id(), null);

        assertThat(progress.trend()).isEqualTo(Progress.Trend.IMPROVING);
        assertThat(progress.baselineValue()).isEqualByComparingTo("150");
        assertThat(progress.latestValue()).isEqualByComparingTo("230");
        assertThat(progress.change()).isEqualByComparingTo("80");
    }

    @Test
    void theBaselineIs2020WhenThereAreFiguresForIt() {
        assertThat(progressOf(PlanGoals.STRENGTH.id(), null).baselinePeriod()).isEqualTo("2020");
    }

    @Test
    void theLatestPeriodIsTheLastWithFigures() {
        assertThat(progressOf(PlanGoals.STRENGTH.id(), null).latestPeriod()).isEqualTo("2024");
    }

    @Test
    void unitsWithoutFiguresInBothPeriodsAreLeftOutOfBoth() {
        Progress progress = progressOf(PlanGoals.STRENGTH.id(), null);

        assertThat(progress.comparedUnits()).containsExactly(ZoneUnits.LIUYANG, ZoneUnits.LILING);
        assertThat(progress.excludedUnits()).containsExactly(ZoneUnits.SHANGLI, ZoneUnits.JINGGANGSHAN);
    }

    @Test
    void aBaselineAskedForReplacesTheDefault() {
        Progress progress = progressOf(PlanGoals.STRENGTH.id(), Period.year(2019));

        assertThat(progress.baselinePeriod()).isEqualTo("2019");
        assertThat(progress.baselineValue()).isEqualByComparingTo("90");
    }

    @Test
    void withoutFiguresFor2020TheBaselineIsTheFirstPeriodWithFigures() {
        assertThat(progressOf(PlanGoals.JIANGXI_STRENGTH.id(), null).baselinePeriod()).isEqualTo("2022");
    }

    @Test
    void aBaselineNotBeforeTheLatestPeriodGivesNoProgress() {
        assertThat(progressOf(PlanGoals.STRENGTH.id(), Period.year(2024)).trend())
                .isEqualTo(Progress.Trend.NO_DATA);
    }

    @Test
    void aNumericTargetShowsTheShareOfTheWayToIt() {
        assertThat(progressOf(PlanGoals.HUNAN_GDP.id(), null).shareOfWay()).isEqualByComparingTo("0.8");
    }

    @Test
    void aNumericTargetHasTheStatusOfThePublishedMeasure() {
        // 150 in 2020 to 230 in 2024 against 250 by 2025: observed growth 105 % of the growth needed.
        Progress progress = progressOf(PlanGoals.HUNAN_GDP.id(), null);

        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(progress.growthRatio()).isEqualByComparingTo("1.0485");
    }

    @Test
    void aGoalWithoutANumberIsNotGivenOneButKeepsItsTrend() {
        Progress progress = progressOf(PlanGoals.STRENGTH.id(), null);

        assertThat(progress.status()).isEqualTo(ProgressStatus.NO_TARGET_NUMBER);
        assertThat(progress.trend()).isEqualTo(Progress.Trend.IMPROVING);
        assertThat(progress.growthRatio()).isNull();
    }

    @Test
    void aTargetAsAChangeReturnedItHasItsProgressComputedForIt() {
        Target setHigher = PlanGoals.HUNAN_GDP.quantify(new BigDecimal("310"), "Hunan 14th Five-Year Plan, table 3",
                SeededCatalogue.SEEDED_AT, SeededCatalogue.SEED);

        TargetProgress answered = reading.withProgress(setHigher, null, null);

        assertThat(answered.target()).isEqualTo(setHigher);
        assertThat(answered.progress().shareOfWay()).isEqualByComparingTo("0.5");
        assertThat(answered.progress().status()).isEqualTo(ProgressStatus.ACCELERATION_NEEDED);
    }

    @Test
    void aGoalWithoutAnIndicatorHasNoProgress() {
        Progress progress = progressOf(PlanGoals.MODERNIZATION.id(), null);

        assertThat(progress.trend()).isEqualTo(Progress.Trend.NO_DATA);
        assertThat(progress.note()).contains("no indicator");
    }

    @Test
    void aGoalWhoseIndicatorHasNoFiguresYetHasNoProgress() {
        Progress progress = progressOf(PlanGoals.RED_TOURISM.id(), null);

        assertThat(progress.trend()).isEqualTo(Progress.Trend.NO_DATA);
        assertThat(progress.note()).contains("no figures yet for RED_TOURISM_VISITS");
    }

    @Test
    void theComparativeGoalCarriesTheUrbanizationComparison() {
        assertThat(reading.get(PlanGoals.URBANIZATION.id(), null, null).comparison()).isNotNull();
    }

    @Test
    void anotherGoalCarriesNoComparison() {
        assertThat(reading.get(PlanGoals.STRENGTH.id(), null, null).comparison()).isNull();
    }

    @Test
    void theListIsOrderedByYearThenId() {
        assertThat(ids(reading.list(null, null, null, null, null))).containsExactly("2025-comprehensive-strength",
                "2025-gdp-hunan", "2025-red-tourism", "2025-strength-jiangxi", "2025-urbanization",
                "2035-modernization");
    }

    @Test
    void theListKeepsTheTargetsOfTheYearAskedFor() {
        assertThat(ids(reading.list(2035, null, null, null, null))).containsExactly("2035-modernization");
    }

    @Test
    void theListKeepsTheTargetsOfTheScopeAskedFor() {
        assertThat(ids(reading.list(null, "province:430000", null, null, null))).containsExactly("2025-gdp-hunan");
    }

    @Test
    void theListKeepsTheTargetsOfThePlanAreaAskedFor() {
        assertThat(ids(reading.list(null, null, PlanArea.RED_CULTURE, null, null)))
                .containsExactly("2025-red-tourism");
    }

    @Test
    void anUnknownTargetIsNotFound() {
        assertThatThrownBy(() -> reading.get("2025-nowhere", null, null))
                .isInstanceOfSatisfying(NotFoundException.class, missing -> assertThat(missing.id())
                        .isEqualTo("2025-nowhere"));
    }

    @Test
    void aTargetWhoseScopeHasNoActiveUnitLeftIsListedWithoutProgressBesideTheOthers() {
        List<TargetProgress> listed = readingOver(withTheCentreClusterRetired(), PlanGoals.STRENGTH,
                PlanGoals.CENTRE_STRENGTH).list(null, null, null, null, null);

        assertThat(ids(listed)).containsExactly("2025-comprehensive-strength", "2025-strength-centre");
        assertThat(listed.getFirst().progress().trend()).isEqualTo(Progress.Trend.IMPROVING);
        Progress centre = listed.getLast().progress();
        assertThat(centre.trend()).isEqualTo(Progress.Trend.NO_DATA);
        assertThat(centre.baselineValue()).isNull();
        assertThat(centre.latestValue()).isNull();
        assertThat(centre.note()).isEqualTo("cluster:" + PlanUnits.CENTRE + " holds no active unit now");
    }

    @Test
    void aTargetWhoseScopeHasNoActiveUnitLeftIsReadWithoutProgress() {
        Progress progress = readingOver(withTheCentreClusterRetired(), PlanGoals.CENTRE_STRENGTH)
                .get(PlanGoals.CENTRE_STRENGTH.id(), null, null).progress();

        assertThat(progress.trend()).isEqualTo(Progress.Trend.NO_DATA);
        assertThat(progress.comparedUnits()).isEmpty();
        assertThat(progress.excludedUnits()).isEmpty();
    }

    /** Jinggangshan has retired as Yanling had: no unit of the centre cluster is active. */
    private static RegistryReplica withTheCentreClusterRetired() {
        return InMemoryReplica.holding(PlanUnits.unit(ZoneUnits.LIUYANG, 1, CountySnapshot.ACTIVE),
                PlanUnits.unit(ZoneUnits.LILING, 1, CountySnapshot.ACTIVE),
                PlanUnits.unit(ZoneUnits.SHANGLI, 1, CountySnapshot.ACTIVE),
                PlanUnits.unit(ZoneUnits.JINGGANGSHAN, 2, CountySnapshot.RETIRED),
                PlanUnits.unit(ZoneUnits.YANLING, 2, CountySnapshot.RETIRED));
    }

    private ReadingTargets readingOver(RegistryReplica replica, Target... targets) {
        AggregatingValues aggregating = AnalysisFeature.aggregating(catalogue, values, replica);
        return new ReadingTargets(InMemoryTargets.holding(targets), catalogue, aggregating,
                new ComparingUrbanization(catalogue, values, aggregating));
    }

    private Progress progressOf(String id, Period baseline) {
        return reading.get(id, baseline, null).progress();
    }

    private static List<String> ids(List<TargetProgress> targets) {
        return targets.stream().map(target -> target.target().id()).toList();
    }
}
