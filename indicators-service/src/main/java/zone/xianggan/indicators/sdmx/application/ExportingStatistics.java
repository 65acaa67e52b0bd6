package zone.xianggan.indicators.sdmx.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.reporting.application.ValueFilter;
import zone.xianggan.indicators.reporting.model.ValueRevision;
import zone.xianggan.indicators.sdmx.model.Code;
import zone.xianggan.indicators.sdmx.model.Codelist;
import zone.xianggan.indicators.sdmx.model.DataQuery;
import zone.xianggan.indicators.sdmx.model.Observation;
import zone.xianggan.indicators.sdmx.model.ZoneIndicators;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.plan.Province;
import zone.xianggan.replica.RegistryReplica;

/**
 * The zone's values and their catalogue as statistical systems take them: the codelists of the dataflow's coded
 * dimensions, and the observations a data query selects. Units the registry has retired stay in the codelist: their
 * past values are still data.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExportingStatistics {

    /** The provinces the zone's units lie in; their benchmark values are reported under their codes. */
    private static final List<Code> PROVINCES = Arrays.stream(Province.values())
            .sorted(Comparator.comparing(Province::code))
            .map(province -> new Code(province.code(), province.nameEn(), province.nameZh(), null))
            .toList();

    private final ReadingCatalogue catalogue;
    private final ReadingValues values;
    private final RegistryReplica replica;

    /** The two provinces, then every unit the registry has published, under its province. */
    public Codelist areas() {
        List<Code> codes = new ArrayList<>(PROVINCES);
        replica.byCode().values().stream().sorted(Comparator.comparing(CountySnapshot::code))
                .map(unit -> new Code(unit.code(), unit.nameEn(), unit.nameZh(),
                        new CountyCode(unit.code()).provinceCode()))
                .forEach(codes::add);
        return new Codelist(ZoneIndicators.AREAS, "Units of the Xiang-Gan Zone and their provinces",
                "湘赣边区域合作示范区县级单位及所在省", codes);
    }

    /** Every indicator of the catalogue, retired ones too. */
    public Codelist indicators() {
        List<Code> codes = catalogue.list(null, null, null).stream()
                .map(indicator -> new Code(indicator.code(), indicator.definition().nameEn(),
                        indicator.definition().nameZh(), null))
                .toList();
        return new Codelist(ZoneIndicators.INDICATORS, "Indicators of the Xiang-Gan Zone's catalogue",
                "湘赣边区域合作示范区指标目录", codes);
    }

    /**
     * The current values the query selects, by area, indicator and period. None is a 404, as SDMX's web services
     * answer a query without results.
     */
    public List<Observation> observations(DataQuery query) {
        Map<String, Indicator> indicators = catalogue.byCode();
        List<Observation> observations = values.find(new ValueFilter(query.areas(), query.indicators(), null, null))
                .stream()
                .filter(value -> query.includes(value.key().period()))
                .filter(value -> indicators.containsKey(value.key().indicatorCode()))
                .map(value -> observation(value, indicators.get(value.key().indicatorCode())))
                .sorted(Comparator.comparing(Observation::area).thenComparing(Observation::indicator)
                        .thenComparing(Observation::period))
                .toList();
        if (observations.isEmpty()) {
            throw new NotFoundException("data", "for this query (NoResultsFound)");
        }
        return observations;
    }

    private static Observation observation(ValueRevision value, Indicator indicator) {
        return new Observation(value.key().countyCode(), value.key().indicatorCode(), value.key().period(),
                value.value(), indicator.unit(), value.revision(), value.reportedAt(), value.source(), value.note());
    }
}
