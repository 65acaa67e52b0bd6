package zone.xianggan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import zone.xianggan.localstack.FreePorts;
import zone.xianggan.localstack.ServiceProcess;

/**
 * The zone's real authorization server for tests: identity-service, packaged as it ships, run once per test JVM as
 * its own process on a free port with a data directory of its own, and stopped when the JVM ends. Tests get agencies'
 * tokens from it with the client-credentials grant, using the secrets it wrote to its credentials file, exactly as
 * an agency's system does; the services under test check those tokens against its JWKS.
 */
public final class ZoneIssuer {

    /** How long the test issuer's tokens live. */
    public static final Duration TOKEN_LIFETIME = Duration.ofSeconds(30);

    private static volatile ZoneIssuer shared;

    private final String issuer;
    private final Map<String, String> secrets;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private ZoneIssuer(String issuer, Map<String, String> secrets) {
        this.issuer = issuer;
        this.secrets = secrets;
    }

    /** An issuer already running (a whole zone's, say), with the credentials file it wrote. */
    public static ZoneIssuer attach(String issuer, Path credentialsFile) {
        try {
            return new ZoneIssuer(issuer, readSecrets(credentialsFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer of this test JVM, started on first use. */
    public static ZoneIssuer shared() {
        ZoneIssuer issuer = shared;
        if (issuer == null) {
            synchronized (ZoneIssuer.class) {
                issuer = shared;
                if (issuer == null) {
                    issuer = start();
                    shared = issuer;
                }
            }
        }
        return issuer;
    }

    private static ZoneIssuer start() {
        try {
            Path dataDir = Files.createTempDirectory("zone-issuer");
            int port = FreePorts.take(1).getFirst();
            // Tokens live half a minute, so that a test can see one expire; the services under test allow no skew.
            ServiceProcess process = ServiceProcess.start(ServiceProcess.Kind.IDENTITY, ProjectRoot.path(), port, "", dataDir,
                    Map.of("ZONE_IDENTITY_ISSUER", "http://127.0.0.1:" + port,
                            "ZONE_IDENTITY_TOKEN_LIFETIME", TOKEN_LIFETIME.toString()), false);
            Runtime.getRuntime().addShutdownHook(new Thread(process::stop, "zone-issuer-stop"));
            process.awaitReady(Duration.ofMinutes(2));
            return new ZoneIssuer(process.baseUrl(), readSecrets(dataDir.resolve("credentials.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> readSecrets(Path credentialsFile) throws IOException {
        String json = Files.readString(credentialsFile);
        List<String> ids = JsonPath.read(json, "$[*].clientId");
        List<String> values = JsonPath.read(json, "$[*].clientSecret");
        Map<String, String> secrets = new ConcurrentHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            secrets.put(ids.get(i), values.get(i));
        }
        return secrets;
    }

    /** What a service under test sets as {@code zone.identity.issuer}: the {@code iss} of every token, and its JWKS. */
    public String issuer() {
        return issuer;
    }

    /** The seeded secret of an agency (e.g. {@code liuyang}, {@code hunan-drc}, {@code zone-office}). */
    public String secret(String agencyId) {
        String secret = secrets.get(agencyId);
        if (secret == null) {
            throw new IllegalArgumentException("no seeded agency " + agencyId + "; seeded: " + secrets.keySet());
        }
        return secret;
    }

    /** A current access token of the agency, from the token endpoint; reused until shortly before it expires. */
    public String token(String agencyId) {
        Token held = tokens.get(agencyId);
        if (held != null && held.isFresh()) {
            return held.value();
        }
        Token fresh = requestToken(agencyId, secret(agencyId));
        tokens.put(agencyId, fresh);
        return fresh.value();
    }

    /** A fresh token for the given client id and secret, as its system asks for one. */
    public Token requestToken(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + clientId + ": " + response.statusCode() + " "
                        + response.body());
            }
            String value = JsonPath.read(response.body(), "$.access_token");
            Number lifetime = JsonPath.read(response.body(), "$.expires_in");
            Instant now = Instant.now();
            return new Token(value, now, now.plusSeconds(lifetime.longValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An access token, when it was issued and when it stops being accepted. */
    public record Token(String value, Instant issuedAt, Instant expiresAt) {

        /** Whether more than a third of its lifetime is left, so that it outlasts the request it is sent with. */
        boolean isFresh() {
            Duration lifetime = Duration.between(issuedAt, expiresAt);
            return Instant.now().plus(lifetime.dividedBy(3)).isBefore(expiresAt);
        }
    }
}
