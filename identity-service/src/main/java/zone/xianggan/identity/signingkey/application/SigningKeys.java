package zone.xianggan.identity.signingkey.application;

import java.time.Instant;
import java.util.List;

import zone.xianggan.identity.signingkey.model.SigningKey;

/** Where the signing keys are kept, private halves included. */
public interface SigningKeys {

    /**
     * Takes the rotation lock until the transaction ends: one identity-service instance at a time looks at the
     * active key and replaces it.
     */
    void lockForRotation();

    /** Every key kept, oldest first. */
    List<SigningKey> findAll();

    void insert(SigningKey key);

    void retire(SigningKey retired);

    /** Drops the keys retired before {@code cutoff}: no token they signed is valid any longer. */
    int deleteRetiredBefore(Instant cutoff);
}
