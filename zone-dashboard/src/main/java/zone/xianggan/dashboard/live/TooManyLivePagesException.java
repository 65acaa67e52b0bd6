package zone.xianggan.dashboard.live;

/** As many pages follow the live events as one dashboard instance serves; the others read without them. */
class TooManyLivePagesException extends RuntimeException {

    private final int limit;

    TooManyLivePagesException(int limit) {
        super(limit + " pages already follow the zone's events on this dashboard");
        this.limit = limit;
    }

    int limit() {
        return limit;
    }
}
