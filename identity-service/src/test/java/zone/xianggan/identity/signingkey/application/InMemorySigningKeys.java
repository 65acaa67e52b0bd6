package zone.xianggan.identity.signingkey.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import zone.xianggan.identity.signingkey.model.SigningKey;

/**
 * The signing keys in memory, held to what the database holds them to: one key a kid, at most one active (its unique
 * {@code active} column), read oldest first. It notes each call, so that a test sees whether a rotation read the keys
 * under the rotation lock.
 */
public class InMemorySigningKeys implements SigningKeys {

    public static final String LOCK = "lockForRotation";
    public static final String FIND_ALL = "findAll";

    private final List<SigningKey> keys = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();

    public static InMemorySigningKeys of(SigningKey... kept) {
        InMemorySigningKeys keys = new InMemorySigningKeys();
        for (SigningKey key : kept) {
            keys.insert(key);
        }
        keys.calls.clear();
        return keys;
    }

    @Override
    public void lockForRotation() {
        calls.add(LOCK);
    }

    @Override
    public List<SigningKey> findAll() {
        calls.add(FIND_ALL);
        return keys.stream().sorted(Comparator.comparing(SigningKey::createdAt).thenComparing(SigningKey::kid))
                .toList();
    }

    @Override
    public void insert(SigningKey key) {
        calls.add("insert");
        if (keys.stream().anyMatch(kept -> kept.kid().equals(key.kid()))) {
            throw new IllegalStateException("signing key " + key.kid() + " is stored already");
        }
        if (key.isActive() && keys.stream().anyMatch(SigningKey::isActive)) {
            throw new IllegalStateException("a second active signing key: " + key.kid());
        }
        keys.add(key);
    }

    @Override
    public void retire(SigningKey retired) {
        calls.add("retire");
        keys.replaceAll(kept -> kept.kid().equals(retired.kid()) ? retired : kept);
    }

    @Override
    public int deleteRetiredBefore(Instant cutoff) {
        calls.add("deleteRetiredBefore");
        int before = keys.size();
        keys.removeIf(key -> key.retiredAt() != null && key.retiredAt().isBefore(cutoff));
        return before - keys.size();
    }

    /** The keys as a test looks at them: without noting the read. */
    public List<SigningKey> kept() {
        return keys.stream().sorted(Comparator.comparing(SigningKey::createdAt).thenComparing(SigningKey::kid))
                .toList();
    }

    public SigningKey activeKey() {
        return keys.stream().filter(SigningKey::isActive).findFirst().orElseThrow();
    }

    /** The calls made, by method name, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }
}
