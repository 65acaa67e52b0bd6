package zone.xianggan.replica;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import zone.xianggan.events.registry.CountySnapshot;

/** What this service knows of the county registry, read-only, as the registry's events told it. */
public class RegistryReplica {

    private final ReplicaRepository repository;

    RegistryReplica(ReplicaRepository repository) {
        this.repository = repository;
    }

    public Optional<CountySnapshot> find(String code) {
        return repository.find(code);
    }

    /** The county, if the replica holds it and it is not retired. */
    public Optional<CountySnapshot> findActive(String code) {
        return find(code).filter(county -> !county.retired());
    }

    public List<CountySnapshot> list(ReplicaFilter filter) {
        return repository.findAll().stream().filter(filter::matches)
                .sorted(Comparator.comparing(CountySnapshot::code)).toList();
    }

    /** Every county the replica holds, by code: one read, for validating a whole batch in memory. */
    public Map<String, CountySnapshot> byCode() {
        return repository.findAll().stream().collect(Collectors.toMap(CountySnapshot::code, Function.identity()));
    }
}
