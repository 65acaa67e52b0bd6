package zone.xianggan.identity.signingkey.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.signingkey.model.SigningKey;

/**
 * The signing keys as this instance uses them, read from the database and kept for a short while, so that neither a
 * token nor a JWKS request reads the database. Another instance's rotation is seen within half the allowed clock
 * skew: until then this one still signs with the key just retired, whose tokens stay verifiable since that key is
 * published for a token lifetime plus the skew after its retirement.
 */
@Component
public class KeyRing {

    private static final Duration LONGEST_REFRESH = Duration.ofSeconds(30);

    private final SigningKeys keys;
    private final Clock clock;
    private final Duration refreshInterval;
    private final Duration afterRetirement;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.MIN);

    KeyRing(SigningKeys keys, Clock clock, IssuerProperties properties) {
        this.keys = keys;
        this.clock = clock;
        Duration half = properties.clockSkew().dividedBy(2);
        this.refreshInterval = half.compareTo(LONGEST_REFRESH) > 0 ? LONGEST_REFRESH : half;
        this.afterRetirement = properties.publicationAfterRetirement();
    }

    /** The key that signs now. */
    public SigningKey active() {
        return current().stream().filter(SigningKey::isActive).findFirst()
                .orElseGet(() -> refreshed().stream().filter(SigningKey::isActive).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no active signing key")));
    }

    /** The keys a verifier must know: the active one and those retired whose tokens may still be valid. */
    public List<SigningKey> published() {
        Instant now = clock.instant();
        return current().stream().filter(key -> key.isPublishedAt(now, afterRetirement)).toList();
    }

    /** Reads the keys again at once, after this instance changed them. */
    public void refresh() {
        refreshed();
    }

    private List<SigningKey> current() {
        Snapshot held = snapshot;
        if (clock.instant().isBefore(held.readAt().plus(refreshInterval))) {
            return held.keys();
        }
        return refreshed();
    }

    private synchronized List<SigningKey> refreshed() {
        Snapshot read = new Snapshot(List.copyOf(keys.findAll()), clock.instant());
        snapshot = read;
        return read.keys();
    }

    private record Snapshot(List<SigningKey> keys, Instant readAt) {
    }
}
