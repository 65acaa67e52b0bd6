package zone.xianggan.indicators.sdmx.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zone.xianggan.indicators.SeededCatalogue;
import zone.xianggan.indicators.ZoneUnits;
import zone.xianggan.indicators.catalogue.application.InMemoryIndicators;
import zone.xianggan.indicators.reporting.application.InMemoryValues;
import zone.xianggan.indicators.reporting.model.ValueKey;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.indicators.sdmx.model.Code;
import zone.xianggan.indicators.sdmx.model.DataQuery;
import zone.xianggan.indicators.sdmx.model.Observation;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Period;

class ExportingStatisticsTest {

    private static final Instant REPORTED_AT = Instant.parse("2026-03-01T08:00:00Z");

    private final ExportingStatistics statistics = new ExportingStatistics(
            InMemoryIndicators.holding(SeededCatalogue.GDP, SeededCatalogue.retired(SeededCatalogue.URBANIZATION_RATE))
                    .reading(),
            InMemoryValues.holding(
                    value(ZoneUnits.LIUYANG, "GDP", "2023", "180000000000", 1),
                    value(ZoneUnits.LIUYANG, "GDP", "2024", "190000000000", 2),
                    value(ZoneUnits.SHANGLI, "GDP", "2024", "20000000000", 1),
                    value(ZoneUnits.HUNAN, "URBANIZATION_RATE", "2024", "61.2", 1)).reading(),
            ZoneUnits.replica());

    @Test
    void theAreasAreTheProvincesThenEveryUnitUnderItsProvince() {
        assertThat(statistics.areas().codes()).extracting(Code::id).containsExactly("360000", "430000",
                ZoneUnits.SHANGLI, ZoneUnits.JINGGANGSHAN, ZoneUnits.LIUYANG, ZoneUnits.YANLING, ZoneUnits.LILING);
        assertThat(statistics.areas().codes()).filteredOn(code -> code.id().equals(ZoneUnits.LIUYANG))
                .singleElement().extracting(Code::parent, Code::nameZh).containsExactly("430000", "单位430181");
    }

    @Test
    void theIndicatorsAreTheWholeCatalogueRetiredOnesToo() {
        assertThat(statistics.indicators().codes()).extracting(Code::id, Code::nameZh)
                .containsExactly(tuple("GDP", "地区生产总值"),
                        tuple("URBANIZATION_RATE", "常住人口城镇化率"));
    }

    @Test
    void observationsAreTheCurrentValuesWithTheirIndicatorsUnitInKeyOrder() {
        assertThat(statistics.observations(DataQuery.EVERYTHING))
                .extracting(Observation::area, Observation::indicator, Observation::timePeriod, Observation::unit,
                        Observation::revision)
                .containsExactly(
                        tuple(ZoneUnits.SHANGLI, "GDP", "2024", "CNY", 1),
                        tuple(ZoneUnits.HUNAN, "URBANIZATION_RATE", "2024", "%", 1),
                        tuple(ZoneUnits.LIUYANG, "GDP", "2023", "CNY", 1),
                        tuple(ZoneUnits.LIUYANG, "GDP", "2024", "CNY", 2));
    }

    @Test
    void theQuerySelectsTheSeriesItsKeyNames() {
        DataQuery liuyangsGdp = new DataQuery(Set.of(ZoneUnits.LIUYANG), Set.of("GDP"), null, null);

        assertThat(statistics.observations(liuyangsGdp)).extracting(Observation::area, Observation::timePeriod)
                .containsExactly(tuple(ZoneUnits.LIUYANG, "2023"), tuple(ZoneUnits.LIUYANG, "2024"));
    }

    @Test
    void theQuerySelectsThePeriodsWithinItsBounds() {
        DataQuery liuyangFrom2024 = new DataQuery(Set.of(ZoneUnits.LIUYANG), Set.of("GDP"), LocalDate.of(2024, 1, 1),
                null);

        assertThat(statistics.observations(liuyangFrom2024)).extracting(Observation::timePeriod)
                .containsExactly("2024");
    }

    @Test
    void aQueryWithoutResultsIsNotFound() {
        DataQuery unknownArea = new DataQuery(Set.of("430999"), Set.of(), null, null);

        assertThatThrownBy(() -> statistics.observations(unknownArea)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("NoResultsFound");
    }

    private static ValueRevision value(String area, String indicator, String period, String value, int revision) {
        return new ValueRevision(new ValueKey(area, indicator, Period.parse("period", period)), revision,
                new BigDecimal(value), null, null, "Statistics bureau", null, new Actor("zone-office", null),
                REPORTED_AT);
    }
}
