package zone.xianggan.indicators.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;

class ReadingCatalogueTest {

    private final ReadingCatalogue reading = InMemoryIndicators.holding(SeededCatalogue.URBANIZATION_RATE,
            SeededCatalogue.GDP, SeededCatalogue.RED_TOURISM_VISITS,
            SeededCatalogue.retired(SeededCatalogue.RESIDENT_POPULATION)).reading();

    @Test
    void theCatalogueIsListedInCodeOrder() {
        assertThat(reading.list(null, null, null)).extracting(Indicator::code)
                .containsExactly("GDP", "RED_TOURISM_VISITS", "RESIDENT_POPULATION", "URBANIZATION_RATE");
    }

    @Test
    void thePlanAreaFilterKeepsTheIndicatorsOfThatArea() {
        assertThat(reading.list(PlanArea.URBAN_RURAL_INTEGRATION, null, null)).extracting(Indicator::code)
                .containsExactly("RESIDENT_POPULATION", "URBANIZATION_RATE");
    }

    @Test
    void theStatusFilterKeepsRetiredIndicators() {
        assertThat(reading.list(null, IndicatorStatus.RETIRED, null)).extracting(Indicator::code)
                .containsExactly("RESIDENT_POPULATION");
    }

    @Test
    void thePeriodicityFilterKeepsIndicatorsReportedByIt() {
        assertThat(reading.list(null, null, Periodicity.QUARTER)).extracting(Indicator::code)
                .containsExactly("RED_TOURISM_VISITS");
    }

    @Test
    void aRetiredIndicatorIsStillRead() {
        assertThat(reading.get("RESIDENT_POPULATION").status()).isEqualTo(IndicatorStatus.RETIRED);
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        assertThatThrownBy(() -> reading.get("GDP_PER_CAPITA")).isInstanceOfSatisfying(NotFoundException.class,
                missing -> assertThat(missing.id()).isEqualTo("GDP_PER_CAPITA"));
    }

    @Test
    void theHistoryOfAnUnknownIndicatorIsNotFound() {
        assertThatThrownBy(() -> reading.history("GDP_PER_CAPITA")).isInstanceOf(NotFoundException.class);
    }
}
