package zone.xianggan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * Agencies' access tokens, as their systems hold them: one from the issuer's token endpoint (client credentials, the
 * seeded secret), used for every request until a third of its lifetime is left, then a new one. The load measures
 * the zone checking tokens, not the issuer minting them.
 */
final class Tokens {

    private final String issuer;
    private final Map<String, String> secrets;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    Tokens(String issuer, Map<String, String> secrets) {
        this.issuer = issuer;
        this.secrets = secrets;
    }

    String bearer(String agency) {
        Held current = held.get(agency);
        if (current == null || !current.isFresh()) {
            current = request(agency);
            held.put(agency, current);
        }
        return "Bearer " + current.value();
    }

    private Held request(String agency) {
        String secret = secrets.get(agency);
        if (secret == null) {
            throw new IllegalStateException("no seeded credentials for " + agency);
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(issuer + "/oauth2/token").toURL()
                    .openConnection();
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((agency + ":" + secret).getBytes(StandardCharsets.UTF_8)));
            connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write("grant_type=client_credentials".getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (status != 200) {
                    throw new IllegalStateException("no token for " + agency + ": " + status + " " + body);
                }
                JsonNode token = Http.JSON.readTree(body);
                Instant now = Instant.now();
                return new Held(token.get("access_token").asString(), now,
                        now.plusSeconds(token.get("expires_in").asLong()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("token for " + agency, e);
        }
    }

    private record Held(String value, Instant issuedAt, Instant expiresAt) {

        boolean isFresh() {
            Duration lifetime = Duration.between(issuedAt, expiresAt);
            return Instant.now().plus(lifetime.dividedBy(3)).isBefore(expiresAt);
        }
    }
}
