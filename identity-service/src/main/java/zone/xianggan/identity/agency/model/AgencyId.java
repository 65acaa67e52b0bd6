package zone.xianggan.identity.agency.model;

import java.util.regex.Pattern;

/**
 * The form of an agency id, which is also its OAuth 2 client id, its token's {@code sub} and its Kafka principal
 * ({@code User:<id>}): lower case letters, digits, dots and dashes, 2 to 63 of them, starting with a letter or digit.
 * It has no colon, so no agency can take a name of the zone's own ({@code system:...}).
 */
public final class AgencyId {

    public static final String FORM = "lower-case letters, digits, '.' and '-', 2 to 63 characters, starting with a "
            + "letter or digit";
    private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9.-]{1,62}");

    private AgencyId() {
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
