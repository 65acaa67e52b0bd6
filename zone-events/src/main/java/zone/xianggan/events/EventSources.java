package zone.xianggan.events;

import java.net.URI;

/** The {@code ce_source} of each publishing service. */
public final class EventSources {

    public static final URI REGISTRY = of(ServiceNames.REGISTRY);
    public static final URI INDICATORS = of(ServiceNames.INDICATORS);
    public static final URI COOPERATION = of(ServiceNames.COOPERATION);

    private EventSources() {
    }

    public static URI of(String serviceName) {
        return URI.create("/xianggan/" + serviceName);
    }
}
