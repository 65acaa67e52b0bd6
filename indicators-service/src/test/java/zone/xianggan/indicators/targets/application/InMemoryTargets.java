package zone.xianggan.indicators.targets.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.kernel.domain.StaleVersionException;

/** The targets and the history of their versions in memory, held to the version check the database makes. */
public class InMemoryTargets implements Targets {

    private final Map<String, Target> targets = new HashMap<>();
    private final List<Recorded> history = new ArrayList<>();

    /** A version of a target as its history keeps it, with the reason it was made. */
    public record Recorded(Target target, String reason) {
    }

    /** A store that already holds these targets, as a migration entered them: without their history. */
    public static InMemoryTargets holding(Target... held) {
        InMemoryTargets store = new InMemoryTargets();
        for (Target target : held) {
            store.insert(target);
        }
        return store;
    }

    @Override
    public List<Target> findAll() {
        return targets.values().stream().sorted(Comparator.comparingInt(Target::year).thenComparing(Target::id))
                .toList();
    }

    @Override
    public Optional<Target> find(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    /** A test runs on one thread: there is no other transaction to keep out. */
    @Override
    public Optional<Target> lock(String id) {
        return find(id);
    }

    @Override
    public void insert(Target target) {
        if (targets.putIfAbsent(target.id(), target) != null) {
            throw new IllegalStateException("target " + target.id() + " is stored already");
        }
    }

    @Override
    public void update(Target target, long expectedVersion) {
        Target stored = targets.get(target.id());
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, stored.version());
        }
        targets.put(target.id(), target);
    }

    @Override
    public void appendHistory(Target target, String reason) {
        history.add(new Recorded(target, reason));
    }

    /** The recorded versions of the target, in the order they were made. */
    public List<Recorded> history(String id) {
        return history.stream().filter(recorded -> recorded.target().id().equals(id)).toList();
    }
}
