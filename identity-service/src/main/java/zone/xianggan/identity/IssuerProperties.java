package zone.xianggan.identity;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zone.identity.*}: how identity-service issues tokens, keeps its keys, seeds its agencies and reaches Kafka.
 * zone-platform's {@code IdentityProperties} binds the same prefix beside it, for what every service reads of its
 * issuer ({@code issuer}, {@code clock-skew}, {@code jwks-cache}); the keys both read have the same defaults in both,
 * so the two agree. identity-service checks tokens with its own decoder (AuthorizationServerConfiguration), so of
 * the platform's record only the API document's token URL is used.
 *
 * @param issuer               the {@code iss} of every token and the base of every endpoint URL it publishes; fixed
 *                             here so that it does not depend on the Host header a caller sends
 * @param tokenLifetime        how long an access token is valid
 * @param clockSkew            how far clocks of the issuer and of token verifiers may drift apart; a retired key
 *                             stays published for the token lifetime plus this
 * @param keyRotationPeriod    the age at which the signing key is replaced automatically
 * @param keyCheckInterval     how often it checks whether the key is due and drops keys no longer published
 * @param keyEncryptionSecret  if set, private signing keys are stored encrypted with a key derived from it
 * @param credentialsFile      where the seeded agencies' plain secrets are written once, at seeding
 * @param seedSecrets          fixed secrets for seeded agencies by agency id, instead of generated ones
 * @param corsAllowedOrigins   the browser origins (the zone's Swagger UIs) that may call the token endpoint and JWKS
 * @param kafka                the broker whose ACLs follow the agencies' rights; off unless its servers are set
 */
@ConfigurationProperties("zone.identity")
public record IssuerProperties(
        @DefaultValue("http://127.0.0.1:8084") String issuer,
        @DefaultValue("5m") Duration tokenLifetime,
        @DefaultValue("1m") Duration clockSkew,
        @DefaultValue("30d") Duration keyRotationPeriod,
        @DefaultValue("1h") Duration keyCheckInterval,
        String keyEncryptionSecret,
        Path credentialsFile,
        Map<String, String> seedSecrets,
        @DefaultValue({ "http://127.0.0.1:8080", "http://127.0.0.1:8081", "http://127.0.0.1:8082",
                "http://127.0.0.1:8083", "http://127.0.0.1:8084", "http://localhost:8080", "http://localhost:8081",
                "http://localhost:8082", "http://localhost:8083", "http://localhost:8084" })
        List<String> corsAllowedOrigins,
        @DefaultValue Kafka kafka) {

    public IssuerProperties {
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        seedSecrets = seedSecrets == null ? Map.of() : Map.copyOf(seedSecrets);
        corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
    }

    public String tokenEndpoint() {
        return issuer + "/oauth2/token";
    }

    /** How long after its retirement a key must still verify tokens: the last one it signed, and clock drift. */
    public Duration publicationAfterRetirement() {
        return tokenLifetime.plus(clockSkew);
    }

    /**
     * The fixed secret for a seeded agency, if the deployment set one. Looked up by the exact id and then by the id
     * without its dashes and dots, so that {@code ZONE_IDENTITY_SEEDSECRETS_HUNANDRC} in the environment, which
     * cannot spell a dash, still finds {@code hunan-drc}.
     */
    public Optional<String> seedSecret(String agencyId) {
        String exact = seedSecrets.get(agencyId);
        if (exact != null && !exact.isBlank()) {
            return Optional.of(exact);
        }
        String relaxed = relaxed(agencyId);
        return seedSecrets.entrySet().stream().filter(entry -> relaxed(entry.getKey()).equals(relaxed))
                .map(Map.Entry::getValue).filter(value -> !value.isBlank()).findFirst();
    }

    private static String relaxed(String key) {
        return Normalizer.normalize(key, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * @param bootstrapServers  the broker; unset, identity-service leaves Kafka alone
     * @param securityProtocol  how it connects: {@code SASL_PLAINTEXT} (OAUTHBEARER, as agency identity-service, with
     *                          a token from its own endpoint) or {@code PLAINTEXT}
     * @param tokenEndpointUrl  where its Kafka client gets that token; the issuer's token endpoint if unset
     * @param clientSecretFile  its own client secret, written at seeding
     * @param reconcileInterval how often the ACLs are checked against the agencies even when nothing changed
     */
    public record Kafka(
            String bootstrapServers,
            @DefaultValue("SASL_PLAINTEXT") String securityProtocol,
            String tokenEndpointUrl,
            Path clientSecretFile,
            @DefaultValue("10m") Duration reconcileInterval) {

        public boolean enabled() {
            return bootstrapServers != null && !bootstrapServers.isBlank();
        }
    }
}
