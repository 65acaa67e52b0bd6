package zone.xianggan.cooperation.indicator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.kernel.domain.NotFoundException;

class ReadingIndicatorsTest {

    private final ReadingIndicators reading = InMemoryIndicatorCatalogue.holding(
            Indicators.summed("BUS_LINES"),
            Indicators.retired(Indicators.summed("FERRY_LINES")),
            Indicators.inArea(Indicators.summed("RED_SITES_RESTORED"), "RED_CULTURE"),
            Indicators.summed("BRIDGES")).reading();

    @Test
    void theListIsInTheOrderOfTheCodes() {
        assertThat(reading.list(null, null)).extracting(IndicatorSnapshot::code)
                .containsExactly("BRIDGES", "BUS_LINES", "FERRY_LINES", "RED_SITES_RESTORED");
    }

    @Test
    void theListKeepsTheIndicatorsOfThePlanAreaAskedFor() {
        assertThat(reading.list("RED_CULTURE", null)).extracting(IndicatorSnapshot::code)
                .containsExactly("RED_SITES_RESTORED");
    }

    @Test
    void theListKeepsTheIndicatorsOfTheStatusAskedFor() {
        assertThat(reading.list(null, IndicatorSnapshot.RETIRED)).extracting(IndicatorSnapshot::code)
                .containsExactly("FERRY_LINES");
    }

    @Test
    void anIndicatorTheCatalogueDoesNotHoldIsNotFound() {
        assertThatThrownBy(() -> reading.get("TRAMS")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.id()).isEqualTo("TRAMS"));
    }
}
