package zone.xianggan.indicators.analysis.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.Figures;
import zone.xianggan.indicators.Refusals;
import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.analysis.model.Completeness;
import zone.xianggan.indicators.analysis.model.Scope;
import zone.xianggan.indicators.catalogue.application.InMemoryIndicators;
import zone.xianggan.indicators.reporting.application.InMemoryValues;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Period;

/**
 * Of the zone's four active units, all but Jinggangshan have reported GDP for 2024 ({@link Figures#GDP_2024}), and
 * Hunan its benchmark; Jinggangshan has reported for 2023.
 */
class CheckingCompletenessTest {

    private static final Scope ZONE = new Scope.Zone();
    private static final Period YEAR_2024 = Period.year(2024);

    private final CheckingCompleteness checking = new CheckingCompleteness(InMemoryIndicators.holding(
            SeededCatalogue.GDP, SeededCatalogue.URBANIZATION_RATE, SeededCatalogue.RED_TOURISM_VISITS,
            SeededCatalogue.retired(SeededCatalogue.RESIDENT_POPULATION)).reading(),
            InMemoryValues.holding(Figures.GDP_2024, Figures.series(ZoneUnits.JINGGANGSHAN, "GDP", "2023", "20"))
                    .reading(),
            new Scopes(ZoneUnits.replica()));

    @Test
    void theUnitsThatHaveNotReportedAreNamed() {
        assertThat(zoneGdp().overall().missing()).containsExactly(ZoneUnits.JINGGANGSHAN);
    }

    @Test
    void theRateIsTheShareOfTheScopesUnitsThatReported() {
        assertThat(zoneGdp().overall().rate()).isEqualByComparingTo("75.00");
    }

    @Test
    void aProvincesBenchmarkIsNotCountedAsAUnitThatReported() {
        assertThat(zoneGdp().overall().reported()).isEqualTo(3);
    }

    @Test
    void eachProvincesPartHasItsOwnCompleteness() {
        assertThat(zoneGdp().byProvince()).hasEntrySatisfying(ZoneUnits.HUNAN,
                part -> assertThat(part.rate()).isEqualByComparingTo("100"))
                .hasEntrySatisfying(ZoneUnits.JIANGXI, part -> assertThat(part.missing())
                        .containsExactly(ZoneUnits.JINGGANGSHAN));
    }

    @Test
    void aSourceFilterCountsOnlyTheFiguresFromThatSource() {
        Completeness fromTheBureau = checking.completeness("GDP", YEAR_2024, ZONE, "Liuyang Statistics Bureau")
                .overall();

        assertThat(fromTheBureau.reported()).isEqualTo(1);
    }

    @Test
    void theSummaryCoversEachActiveIndicatorReportedByThePeriodsPeriodicity() {
        assertThat(checking.summary(YEAR_2024, ZONE, null)).extracting(report -> report.indicator().code())
                .containsExactly("GDP", "URBANIZATION_RATE");
    }

    @Test
    void theSummaryGivesEachIndicatorItsOwnCompleteness() {
        assertThat(checking.summary(YEAR_2024, ZONE, null)).extracting(report -> report.overall().reported())
                .containsExactly(3, 0);
    }

    @Test
    void aPeriodOfAnotherPeriodicityIsRefusedNamingThePeriod() {
        assertThatThrownBy(() -> checking.completeness("GDP", Period.parse("period", "2024-07"), ZONE, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("period"));
    }

    private CompletenessReport zoneGdp() {
        return checking.completeness("GDP", YEAR_2024, ZONE, null);
    }
}
