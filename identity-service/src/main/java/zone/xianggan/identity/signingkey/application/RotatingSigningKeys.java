package zone.xianggan.identity.signingkey.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.signingkey.model.SigningKey;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.OperationsPolicy;

/**
 * The signing key is replaced when it reaches its rotation age, or at once when the operator asks (a key that may
 * have leaked). The old key is retired, not deleted: it stays published until its last token has expired, and is
 * dropped after that.
 */
@Service
public class RotatingSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(RotatingSigningKeys.class);

    private final SigningKeys keys;
    private final KeyRing ring;
    private final Clock clock;
    private final Duration rotationPeriod;
    private final Duration afterRetirement;

    RotatingSigningKeys(SigningKeys keys, KeyRing ring, Clock clock, IssuerProperties properties) {
        this.keys = keys;
        this.ring = ring;
        this.clock = clock;
        this.rotationPeriod = properties.keyRotationPeriod();
        this.afterRetirement = properties.publicationAfterRetirement();
    }

    /** The operator replaces the signing key now. */
    @Transactional
    public PublishedKey rotate(Caller caller) {
        OperationsPolicy.requireOperator(caller.agency());
        // Made before the lock is taken: generating a key takes long, and another instance may be waiting.
        SigningKey fresh = SigningKey.generate(clock.instant());
        keys.lockForRotation();
        Optional<SigningKey> old = active(keys.findAll());
        SigningKey next = replace(old, fresh);
        log.info("Signing key {} replaced by {} at the request of {}", old.map(SigningKey::kid).orElse("(none)"),
                next.kid(), caller.actor().describe());
        return published(next);
    }

    /**
     * Makes sure there is an active key young enough, and drops the keys no longer published. Run at start and on
     * schedule; with the lock held, of several instances only the first finds the key due.
     *
     * @return the new key, if one was made
     */
    @Transactional
    public Optional<SigningKey> maintain() {
        keys.lockForRotation();
        Instant now = clock.instant();
        int dropped = keys.deleteRetiredBefore(now.minus(afterRetirement));
        if (dropped > 0) {
            log.info("Dropped {} retired signing key(s) whose tokens have all expired", dropped);
        }
        Optional<SigningKey> active = active(keys.findAll());
        if (active.isPresent() && !active.get().isDueAt(now, rotationPeriod)) {
            refreshAfterCommit();
            return Optional.empty();
        }
        SigningKey next = replace(active, SigningKey.generate(now));
        log.info("Signing key {} made ({})", next.kid(),
                active.map(old -> "replacing " + old.kid() + ", created " + old.createdAt()).orElse("the first"));
        return Optional.of(next);
    }

    @Transactional(readOnly = true)
    public List<PublishedKey> list(Caller caller) {
        OperationsPolicy.requireOperator(caller.agency());
        return keys.findAll().stream().map(this::published).toList();
    }

    private SigningKey replace(Optional<SigningKey> active, SigningKey next) {
        Instant now = clock.instant();
        active.ifPresent(old -> keys.retire(old.retire(now)));
        keys.insert(next);
        refreshAfterCommit();
        return next;
    }

    private PublishedKey published(SigningKey key) {
        return new PublishedKey(key.kid(), key.createdAt(), key.retiredAt(), key.publishedUntil(afterRetirement),
                key.isActive());
    }

    private static Optional<SigningKey> active(List<SigningKey> all) {
        return all.stream().filter(SigningKey::isActive).findFirst();
    }

    private void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    ring.refresh();
                }
            });
        } else {
            ring.refresh();
        }
    }
}
