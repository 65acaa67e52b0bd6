package zone.xianggan.indicators.sdmx.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import zone.xianggan.indicators.sdmx.model.DataQuery;
import zone.xianggan.indicators.sdmx.model.SdmxTime;
import zone.xianggan.indicators.sdmx.model.ZoneIndicators;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.IndicatorCode;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.domain.Violation;

/**
 * The part of SDMX REST 2.0's data query this service answers: a key of REF_AREA.INDICATOR, each a code, codes
 * joined by {@code +}, or {@code *} for any; and {@code c[TIME_PERIOD]} with {@code eq}, {@code ge}, {@code gt},
 * {@code le} and {@code lt} joined by {@code +}. The query's other parameters either keep their default or are
 * not implemented (501, naming the parameter).
 */
final class SdmxDataRequest {

    static final String TIME_FILTER = "c[" + ZoneIndicators.TIME_PERIOD.id() + "]";

    /** Parameters whose default this service answers with, and that default. */
    private static final Map<String, Set<String>> DEFAULTS_ONLY = Map.of(
            "dimensionAtObservation", Set.of(ZoneIndicators.TIME_PERIOD.id()),
            "attributes", Set.of("dsd", "all"),
            "measures", Set.of("all"),
            "includeHistory", Set.of("false"),
            "labels", Set.of("id"));
    private static final List<String> NOT_IMPLEMENTED = List.of("updatedAfter", "firstNObservations",
            "lastNObservations", "asOf");

    private SdmxDataRequest() {
    }

    static DataQuery parse(String key, MultiValueMap<String, String> parameters) {
        refuseWhatIsNotImplemented(parameters);
        DataQuery query = key(key);
        for (String filter : parameters.getOrDefault(TIME_FILTER, List.of())) {
            query = withTime(query, filter);
        }
        return query;
    }

    private static void refuseWhatIsNotImplemented(MultiValueMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (NOT_IMPLEMENTED.contains(name)) {
                throw SdmxProblem.notImplemented(name, "is not implemented by this service",
                        parameter.getValue().getFirst());
            }
            Set<String> supported = DEFAULTS_ONLY.get(name);
            if (supported != null) {
                parameter.getValue().stream().filter(value -> !supported.contains(value)).findFirst()
                        .ifPresent(value -> {
                            throw SdmxProblem.notImplemented(name, "only " + String.join(" or ", supported)
                                    + " is implemented", value);
                        });
            }
            if (name.startsWith("c[") && !name.equals(TIME_FILTER)) {
                throw SdmxProblem.notImplemented(name, "only " + TIME_FILTER + " is implemented; name areas and "
                        + "indicators in the key", parameter.getValue().getFirst());
            }
        }
    }

    private static DataQuery key(String key) {
        if (key == null || key.equals("*") || key.equals("all")) {
            return DataQuery.EVERYTHING;
        }
        String[] parts = key.split("\\.", -1);
        if (parts.length != ZoneIndicators.KEY.size()) {
            throw new MalformedInputException(Violation.of("key", "must be REF_AREA.INDICATOR: a code, codes "
                    + "joined by +, or * for each, e.g. 430181+430281.GDP or *.URBANIZATION_RATE", key));
        }
        Set<String> areas = codes(parts[0]);
        Set<String> indicators = codes(parts[1]);
        areas.forEach(area -> CountyCode.parse("key", area));
        indicators.forEach(indicator -> IndicatorCode.parse("key", indicator));
        return new DataQuery(areas, indicators, null, null);
    }

    /** The codes of one dimension of the key; none for a wildcard. */
    private static Set<String> codes(String part) {
        Set<String> codes = new LinkedHashSet<>();
        if (!part.equals("*") && !part.isEmpty()) {
            codes.addAll(List.of(part.split("\\+", -1)));
        }
        return codes;
    }

    /** The query narrowed by one {@code c[TIME_PERIOD]}: its conditions all hold (SDMX's {@code +}). */
    private static DataQuery withTime(DataQuery query, String filter) {
        if (filter.contains(",")) {
            throw SdmxProblem.notImplemented(TIME_FILTER, "alternatives (,) are not implemented: give one range",
                    filter);
        }
        // A + left unencoded in a query string arrives as a space.
        for (String condition : filter.strip().split("[+ ]+")) {
            int colon = condition.indexOf(':');
            String operator = colon < 0 ? "eq" : condition.substring(0, colon);
            Period period = SdmxTime.parse(TIME_FILTER, condition.substring(colon + 1));
            query = switch (operator) {
                case "eq" -> query.notBefore(period.firstDay()).notAfter(period.lastDay());
                case "ge" -> query.notBefore(period.firstDay());
                case "gt" -> query.notBefore(period.lastDay().plusDays(1));
                case "le" -> query.notAfter(period.lastDay());
                case "lt" -> query.notAfter(period.firstDay().minusDays(1));
                default -> throw SdmxProblem.notImplemented(TIME_FILTER, "the operators eq, ge, gt, le and lt are "
                        + "implemented", condition);
            };
        }
        return query;
    }
}
