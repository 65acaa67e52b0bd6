package zone.xianggan.dashboard.upstream;

/** A service the page needs did not answer (down, restarting, or the dashboard's agency could not get a token). */
public class UpstreamUnavailableException extends RuntimeException {

    private final Upstream service;

    public UpstreamUnavailableException(Upstream service, Throwable cause) {
        super(service.segment() + " did not answer", cause);
        this.service = service;
    }

    public Upstream service() {
        return service;
    }
}
