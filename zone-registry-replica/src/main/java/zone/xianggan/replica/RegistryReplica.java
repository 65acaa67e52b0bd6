package zone.xianggan.replica;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import zone.xianggan.events.registry.CountySnapshot;

/**
 * What this service knows of the county registry, read-only, as the registry's events told it.
 *
 * <p>Every aggregate and every batch of reports reads the whole replica, so it is kept in memory as long as a
 * fingerprint of the table (its row count and the sum of its versions, which any applied event raises) says it is
 * current. The check is one small query; it holds with several instances sharing the database, each applying the
 * events of its own partitions.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegistryReplica {

    private final ReplicaRepository repository;
    private volatile Snapshot cached;

    public Optional<CountySnapshot> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    /** The county, if the replica holds it and it is not retired. */
    public Optional<CountySnapshot> findActive(String code) {
        return find(code).filter(county -> !county.retired());
    }

    public List<CountySnapshot> list(ReplicaFilter filter) {
        return byCode().values().stream().filter(filter::matches)
                .sorted(Comparator.comparing(CountySnapshot::code)).toList();
    }

    /** Every county the replica holds, by code. */
    public Map<String, CountySnapshot> byCode() {
        ReplicaRepository.Fingerprint now = repository.fingerprint();
        Snapshot snapshot = cached;
        if (snapshot == null || !snapshot.fingerprint().equals(now)) {
            Map<String, CountySnapshot> counties = repository.findAll().stream()
                    .collect(Collectors.toUnmodifiableMap(CountySnapshot::code, Function.identity()));
            snapshot = new Snapshot(now, counties);
            cached = snapshot;
        }
        return snapshot.counties();
    }

    /** The table as read, and the fingerprint it had just before. */
    private record Snapshot(ReplicaRepository.Fingerprint fingerprint, Map<String, CountySnapshot> counties) {
    }
}
