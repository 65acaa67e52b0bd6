package zone.xianggan.replica;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A service's reaction to registry changes, as tests see it: it keeps every {@link CountyReplicated} that committed,
 * and fails for a county a test has broken ({@link #breakFor}) until the test heals it: a database that is down, a bug
 * fixed later. Its failure rolls the replica's transaction back.
 */
@Component
class ReplicationProbe {

    private final List<CountyReplicated> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Supplier<RuntimeException>> broken = new ConcurrentHashMap<>();

    @EventListener
    void on(CountyReplicated change) {
        Supplier<RuntimeException> failure = broken.get(change.current().code());
        if (failure != null) {
            throw failure.get();
        }
        seen.add(change);
    }

    /** From now on the reaction to {@code code} throws what {@code failure} makes. */
    void breakFor(String code, Supplier<RuntimeException> failure) {
        broken.put(code, failure);
    }

    void heal(String code) {
        broken.remove(code);
    }

    List<CountyReplicated> changesOf(String code) {
        return seen.stream().filter(change -> change.current().code().equals(code)).toList();
    }
}
