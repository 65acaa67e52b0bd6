package zone.xianggan.kernel.domain;

/** The addressed resource does not exist: 404. */
public final class NotFoundException extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super("no " + resource + " " + id);
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
