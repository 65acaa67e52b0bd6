package zone.xianggan.kernel.access;

/**
 * How an agency travels in the zone's access tokens: the claims identity-service puts in, and the resource servers
 * and the Kafka broker read. {@code sub} is the agency id (its OAuth 2 client id).
 */
public final class AgencyClaims {

    /** The audience every zone token is issued for, and every service and the broker expects. */
    public static final String AUDIENCE = "xianggan-zone";

    public static final String KIND = "agency_kind";
    public static final String UNIT = "unit";
    public static final String PROVINCE = "province";
    public static final String SCOPE = "scope";

    private AgencyClaims() {
    }
}
