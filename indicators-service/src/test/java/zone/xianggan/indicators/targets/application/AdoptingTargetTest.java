package zone.xianggan.indicators.targets.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.Refusals;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.analysis.application.AnalysisFeature;
import zone.xianggan.indicators.catalogue.application.InMemoryIndicators;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.reporting.application.InMemoryValues;
import zone.xianggan.indicators.targets.application.AdoptingTarget.AdoptTarget;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.indicators.targets.model.TargetKind;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.testsupport.slice.Callers;

class AdoptingTargetTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final String JIANGXI_GDP = "2025-gdp-jiangxi";
    private static final String PLAN_TABLE = "Jiangxi 14th Five-Year Plan, table 2";

    private final InMemoryTargets targets = InMemoryTargets.holding(PlanGoals.STRENGTH, PlanGoals.MODERNIZATION,
            PlanGoals.URBANIZATION, PlanGoals.URBAN_INCOME);
    private final ReadingCatalogue catalogue = InMemoryIndicators.holding(SeededCatalogue.GDP,
            SeededCatalogue.URBANIZATION_RATE, SeededCatalogue.retired(SeededCatalogue.URBAN_DISPOSABLE_INCOME))
            .reading();
    private final AdoptingTarget adopting = new AdoptingTarget(targets, catalogue, AnalysisFeature.aggregating(
            catalogue, new InMemoryValues().reading(), ZoneUnits.replica()), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAdoptedTargetIsStoredAtVersionOne() {
        Target adopted = adopting.adopt(jiangxiGdp("province:360000", "GDP", TargetKind.NUMERIC, PLAN_TABLE),
                Callers.ZONE_OFFICE);

        assertThat(targets.find(JIANGXI_GDP)).contains(adopted);
        assertThat(adopted.version()).isEqualTo(1);
    }

    @Test
    void theAdoptionIsRecordedWithItsReason() {
        Target adopted = adopting.adopt(jiangxiGdp("province:360000", "GDP", TargetKind.NUMERIC, PLAN_TABLE),
                Callers.ZONE_OFFICE);

        assertThat(targets.history(JIANGXI_GDP)).containsExactly(new InMemoryTargets.Recorded(adopted,
                "Agreed with Jiangxi's DRC"));
    }

    @Test
    void anAdoptedTargetIsTheCallersChange() {
        Target adopted = adopting.adopt(jiangxiGdp("province:360000", "GDP", TargetKind.NUMERIC, PLAN_TABLE),
                Callers.ZONE_OFFICE);

        assertThat(adopted.changedBy()).isEqualTo(new Actor("zone-office", "planner"));
        assertThat(adopted.changedAt()).isEqualTo(NOW);
    }

    @Test
    void aTargetWithoutAScopeIsTheZones() {
        Target adopted = adopting.adopt(jiangxiGdp(null, "GDP", TargetKind.QUALITATIVE, null), Callers.ZONE_OFFICE);

        assertThat(adopted.scope()).isEqualTo("zone");
    }

    @Test
    void anIdAlreadyTakenIsAConflict() {
        AdoptTarget again = new AdoptTarget(PlanGoals.STRENGTH.id(), 2025, "zone", PlanArea.COMPREHENSIVE_STRENGTH,
                "GDP", TargetKind.QUALITATIVE, "Strength", "The plan", null, null, null);

        assertThatThrownBy(() -> adopting.adopt(again, Callers.ZONE_OFFICE)).isInstanceOf(ConflictException.class);
        assertThat(targets.find(PlanGoals.STRENGTH.id())).contains(PlanGoals.STRENGTH);
        assertThat(targets.history(PlanGoals.STRENGTH.id())).isEmpty();
    }

    @Test
    void aMalformedIdIsRefusedNamingIt() {
        AdoptTarget shouting = new AdoptTarget("2025 GDP!", 2025, "zone", PlanArea.COMPREHENSIVE_STRENGTH, "GDP",
                TargetKind.QUALITATIVE, "Strength", "The plan", null, null, null);

        assertThatThrownBy(() -> adopting.adopt(shouting, Callers.ZONE_OFFICE))
                .isInstanceOf(MalformedInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("id"));
    }

    @Test
    void anIndicatorNotInTheCatalogueIsRefusedNamingIt() {
        assertRefused(jiangxiGdp("province:360000", "GDP_PER_CAPITA", TargetKind.QUALITATIVE, null),
                InvalidInputException.class, "indicatorCode");
    }

    @Test
    void aRetiredIndicatorIsRefusedNamingIt() {
        assertThatThrownBy(() -> adopting.adopt(jiangxiGdp("province:360000", "URBAN_DISPOSABLE_INCOME",
                TargetKind.QUALITATIVE, null), Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("indicatorCode");
                    assertThat(refusal.violations().getFirst().reason())
                            .isEqualTo("indicator URBAN_DISPOSABLE_INCOME is retired");
                });
    }

    @Test
    void anAdoptionForARetiredIndicatorWritesNothing() {
        assertThatThrownBy(() -> adopting.adopt(jiangxiGdp("province:360000", "URBAN_DISPOSABLE_INCOME",
                TargetKind.QUALITATIVE, null), Callers.ZONE_OFFICE)).isInstanceOf(InvalidInputException.class);

        assertThat(targets.find(JIANGXI_GDP)).isEmpty();
        assertThat(targets.history(JIANGXI_GDP)).isEmpty();
    }

    @Test
    void aMalformedScopeIsRefusedNamingIt() {
        assertRefused(jiangxiGdp("county:360322", "GDP", TargetKind.QUALITATIVE, null),
                MalformedInputException.class, "scope");
    }

    @Test
    void aScopeWithoutUnitsOfTheZoneIsRefusedNamingIt() {
        assertRefused(jiangxiGdp("province:110000", "GDP", TargetKind.QUALITATIVE, null),
                InvalidInputException.class, "scope");
    }

    @Test
    void aNumericTargetWithoutTheSourceOfItsNumberIsRefusedNamingIt() {
        assertRefused(jiangxiGdp("province:360000", "GDP", TargetKind.NUMERIC, " "), InvalidInputException.class,
                "targetSource");
    }

    @Test
    void aQualitativeTargetWithANumberIsRefusedNamingIt() {
        assertRefused(jiangxiGdp("province:360000", "GDP", TargetKind.QUALITATIVE, PLAN_TABLE),
                InvalidInputException.class, "targetValue");
    }

    @Test
    void aComparativeTargetIsRefusedNamingTheKind() {
        assertRefused(jiangxiGdp("province:360000", "URBANIZATION_RATE", TargetKind.COMPARATIVE, null),
                InvalidInputException.class, "kind");
    }

    @Test
    void aRefusedAdoptionWritesNothing() {
        assertThatThrownBy(() -> adopting.adopt(jiangxiGdp("province:360000", "GDP", TargetKind.NUMERIC, null),
                Callers.ZONE_OFFICE)).isInstanceOf(InvalidInputException.class);

        assertThat(targets.find(JIANGXI_GDP)).isEmpty();
        assertThat(targets.history(JIANGXI_GDP)).isEmpty();
    }

    @Test
    void aProvincesDrcMayNotAdoptATarget() {
        assertThatThrownBy(() -> adopting.adopt(jiangxiGdp("province:360000", "GDP", TargetKind.NUMERIC, PLAN_TABLE),
                Callers.JIANGXI_DRC)).isInstanceOf(NotPermittedException.class);
        assertThat(targets.find(JIANGXI_GDP)).isEmpty();
    }

    @Test
    void aNumberEnteredMakesTheTargetNumericAtItsNextVersion() {
        Target quantified = quantifyStrength(1, "2500", PLAN_TABLE);

        assertThat(quantified.kind()).isEqualTo(TargetKind.NUMERIC);
        assertThat(quantified.version()).isEqualTo(2);
        assertThat(targets.find(PlanGoals.STRENGTH.id())).contains(quantified);
    }

    @Test
    void aNumberEnteredKeepsTheGoalsWords() {
        Target quantified = quantifyStrength(1, "2500", PLAN_TABLE);

        assertThat(quantified.statement()).isEqualTo(PlanGoals.STRENGTH.statement());
    }

    @Test
    void aNumberEnteredIsRecordedWithItsReason() {
        Target quantified = quantifyStrength(1, "2500", PLAN_TABLE);

        assertThat(targets.history(PlanGoals.STRENGTH.id())).containsExactly(new InMemoryTargets.Recorded(
                quantified, "set by the zone office"));
    }

    @Test
    void aNumberWithoutItsSourceIsRefusedNamingTheSource() {
        assertThatThrownBy(() -> quantifyStrength(1, "2500", null)).isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("targetSource"));
    }

    @Test
    void aNumberOnAStaleVersionIsRefusedNamingTheCurrentOne() {
        quantifyStrength(1, "2500", PLAN_TABLE);

        assertThatThrownBy(() -> quantifyStrength(1, "2600", PLAN_TABLE))
                .isInstanceOfSatisfying(StaleVersionException.class, stale -> assertThat(stale.current())
                        .isEqualTo(2));
    }

    @Test
    void aRefusedNumberWritesNothing() {
        assertThatThrownBy(() -> quantifyStrength(1, "2500", null)).isInstanceOf(InvalidInputException.class);

        assertThat(targets.find(PlanGoals.STRENGTH.id())).contains(PlanGoals.STRENGTH);
        assertThat(targets.history(PlanGoals.STRENGTH.id())).isEmpty();
    }

    @Test
    void aNumberForAnUnknownTargetIsNotFound() {
        assertThatThrownBy(() -> adopting.quantify("2025-nowhere", 1, BigDecimal.TEN, PLAN_TABLE, null,
                Callers.ZONE_OFFICE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGoalWithoutAnIndicatorTakesNoNumber() {
        assertThatThrownBy(() -> adopting.quantify(PlanGoals.MODERNIZATION.id(), 1, BigDecimal.TEN, PLAN_TABLE,
                null, Callers.ZONE_OFFICE)).isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.details()).containsEntry("indicatorCode", "none"));
    }

    @Test
    void theComparativeGoalTakesNoNumber() {
        assertThatThrownBy(() -> adopting.quantify(PlanGoals.URBANIZATION.id(), 1, BigDecimal.TEN, PLAN_TABLE,
                null, Callers.ZONE_OFFICE)).isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.details()).containsEntry("kind", "COMPARATIVE"));
    }

    @Test
    void aNumberForATargetWhoseIndicatorHasRetiredIsRefusedNamingTheIndicator() {
        assertThatThrownBy(() -> adopting.quantify(PlanGoals.URBAN_INCOME.id(), 1, new BigDecimal("52000"),
                PLAN_TABLE, null, Callers.ZONE_OFFICE))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("indicatorCode");
                    assertThat(refusal.violations().getFirst().reason())
                            .isEqualTo("indicator URBAN_DISPOSABLE_INCOME is retired");
                });
    }

    @Test
    void aNumberForATargetWhoseIndicatorHasRetiredWritesNothing() {
        assertThatThrownBy(() -> adopting.quantify(PlanGoals.URBAN_INCOME.id(), 1, new BigDecimal("52000"),
                PLAN_TABLE, null, Callers.ZONE_OFFICE)).isInstanceOf(InvalidInputException.class);

        assertThat(targets.find(PlanGoals.URBAN_INCOME.id())).contains(PlanGoals.URBAN_INCOME);
        assertThat(targets.history(PlanGoals.URBAN_INCOME.id())).isEmpty();
    }

    @Test
    void aUnitsAgencyMayNotEnterANumber() {
        assertThatThrownBy(() -> adopting.quantify(PlanGoals.STRENGTH.id(), 1, BigDecimal.TEN, PLAN_TABLE, null,
                Callers.LIUYANG)).isInstanceOf(NotPermittedException.class);
    }

    private Target quantifyStrength(long version, String value, String source) {
        return adopting.quantify(PlanGoals.STRENGTH.id(), version, new BigDecimal(value), source,
                "set by the zone office", Callers.ZONE_OFFICE);
    }

    private void assertRefused(AdoptTarget command, Class<? extends RuntimeException> refusal, String field) {
        assertThatThrownBy(() -> adopting.adopt(command, Callers.ZONE_OFFICE)).isInstanceOf(refusal)
                .satisfies(refused -> assertThat(Refusals.fieldsNamedBy(refused)).containsExactly(field));
    }

    /** Jiangxi's part of the GDP goal; a number of 1,000 with {@code source} where one is given. */
    private static AdoptTarget jiangxiGdp(String scope, String indicator, TargetKind kind, String source) {
        return new AdoptTarget(JIANGXI_GDP, 2025, scope, PlanArea.COMPREHENSIVE_STRENGTH, indicator, kind,
                "Jiangxi's part of the zone's comprehensive strength significantly enhanced", PlanGoals.SOURCE,
                source == null ? null : new BigDecimal("1000"), source, "Agreed with Jiangxi's DRC");
    }
}
