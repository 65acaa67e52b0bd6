package zone.xianggan.identity.signingkey.application;

import java.time.Instant;

/**
 * A signing key as the operator sees it: never its private half.
 *
 * @param publishedUntil when it leaves the JWKS; null while it is active
 */
public record PublishedKey(String kid, Instant createdAt, Instant retiredAt, Instant publishedUntil, boolean active) {
}
