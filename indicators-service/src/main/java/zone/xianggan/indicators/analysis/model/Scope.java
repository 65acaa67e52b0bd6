package zone.xianggan.indicators.analysis.model;

import java.util.Arrays;
import java.util.List;

import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;

/**
 * A group of the zone's units that figures are aggregated over: the whole zone ({@code zone}), one province's part
 * of it ({@code province:430000}), a city cluster ({@code cluster:<id>}) or any list of units
 * ({@code units:430181,430281}).
 */
public sealed interface Scope {

    String FIELD = "scope";

    /** The scope as written in a query, e.g. {@code province:430000}. */
    String id();

    static Scope parse(String raw) {
        String text = raw == null || raw.isBlank() ? "zone" : raw.strip();
        if (text.equals("zone")) {
            return new Zone();
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String argument = colon < 0 ? "" : text.substring(colon + 1).strip();
        switch (kind) {
            case "province" -> {
                if (!CountyCode.isWellFormed(argument) || !argument.endsWith("0000")) {
                    throw malformed(raw, "a province is named by its code, e.g. province:430000");
                }
                return new ProvincePart(argument);
            }
            case "cluster" -> {
                if (argument.isEmpty()) {
                    throw malformed(raw, "name the cluster's id, e.g. cluster:" + "guidong-suichuan-shangyou-"
                            + "chongyi-rucheng-yizhang");
                }
                return new Cluster(argument);
            }
            case "units" -> {
                List<String> codes = Arrays.stream(argument.split(",")).map(String::strip)
                        .filter(code -> !code.isEmpty()).distinct().sorted().toList();
                if (codes.isEmpty() || !codes.stream().allMatch(CountyCode::isWellFormed)) {
                    throw malformed(raw, "list six-digit unit codes separated by commas, e.g. units:430181,430281");
                }
                return new Units(codes);
            }
            default -> throw malformed(raw, "must be zone, province:<code>, cluster:<id> or units:<code>,<code>…");
        }
    }

    private static MalformedInputException malformed(String raw, String reason) {
        return new MalformedInputException(Violation.of(FIELD, reason, raw));
    }

    record Zone() implements Scope {
        @Override
        public String id() {
            return "zone";
        }
    }

    record ProvincePart(String provinceCode) implements Scope {
        @Override
        public String id() {
            return "province:" + provinceCode;
        }
    }

    record Cluster(String clusterId) implements Scope {
        @Override
        public String id() {
            return "cluster:" + clusterId;
        }
    }

    record Units(List<String> codes) implements Scope {
        public Units {
            codes = List.copyOf(codes);
        }

        @Override
        public String id() {
            return "units:" + String.join(",", codes);
        }
    }
}
