package zone.xianggan.dashboard.upstream;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The services the pages read through the dashboard, and the parts of their APIs a page may read: what people look
 * at, never the operator's or a register of agencies.
 */
public enum Upstream {
    REGISTRY("registry", List.of("/api/v1/counties", "/api/v1/zone", "/api/v1/clusters", "/api/v1/spatial-elements",
            "/api/v1/provinces", "/api/v1/prefectures")),
    INDICATORS("indicators", List.of("/api/v1/indicators", "/api/v1/values", "/api/v1/aggregates",
            "/api/v1/completeness", "/api/v1/targets")),
    COOPERATION("cooperation", List.of("/api/v1/projects", "/api/v1/portfolio"));

    /** Letters, digits and the separators the zone's paths use; no dot segment, no encoded character. */
    private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_:-]+)+");

    private final String segment;
    private final List<String> readable;

    Upstream(String segment, List<String> readable) {
        this.segment = segment;
        this.readable = readable;
    }

    public static Optional<Upstream> named(String segment) {
        for (Upstream upstream : values()) {
            if (upstream.segment.equals(segment)) {
                return Optional.of(upstream);
            }
        }
        return Optional.empty();
    }

    /** Whether a page may read this path of the service: one of its readable parts, or below one. */
    public boolean mayRead(String path) {
        return PLAIN_PATH.matcher(path).matches()
                && readable.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    public String segment() {
        return segment;
    }
}
