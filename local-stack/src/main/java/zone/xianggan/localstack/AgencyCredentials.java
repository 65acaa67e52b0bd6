package zone.xianggan.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets identity-service wrote for the seeded agencies on its first start ({@code credentials.json}: an array
 * of flat objects with {@code clientId} and {@code clientSecret}), read so that the launcher can give each service
 * its own. Flat objects of plain strings are all the file holds, so a pattern reads them without a JSON library on
 * the launcher's class path.
 */
public final class AgencyCredentials {

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*}");
    private static final Pattern ID = Pattern.compile("\"clientId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("\"clientSecret\"\\s*:\\s*\"([^\"]+)\"");

    private AgencyCredentials() {
    }

    /** A new agency secret: 32 random bytes, URL-safe Base64, as identity-service makes them. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Client id to secret. */
    public static Map<String, String> read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agencies' credentials at " + file, e);
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        Matcher object = OBJECT.matcher(json);
        while (object.find()) {
            Matcher id = ID.matcher(object.group());
            Matcher secret = SECRET.matcher(object.group());
            if (id.find() && secret.find()) {
                secrets.put(id.group(1), secret.group(1));
            }
        }
        return secrets;
    }

    /** The secret of one agency, or a sentence saying what is missing. */
    public static String secretOf(Path file, String clientId) {
        String secret = read(file).get(clientId);
        if (secret == null) {
            throw new IllegalStateException(file + " has no credentials for " + clientId + "; remove the file and "
                    + "identity-service's database (" + file.resolveSibling("identity-service") + ") to seed again");
        }
        return secret;
    }
}
