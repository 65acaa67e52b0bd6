package zone.xianggan.replica;

import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.OperationsPolicy;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.platform.web.Pages;

/** The registry replica, read-only, as the registry's events built it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry replica", description = "This service's read-only copy of the county registry, built only "
        + "from registry.counties.v1")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReplicaController {

    private static final Set<String> KINDS = Set.of("COUNTY", "COUNTY_LEVEL_CITY", "DISTRICT");
    private static final Set<String> STATUSES = Set.of(CountySnapshot.ACTIVE, CountySnapshot.RETIRED);

    private final RegistryReplica replica;
    private final RegistryEventsListener listener;
    private final ReplicaRepository repository;

    @GetMapping("/counties")
    @Operation(summary = "Counties as the replica holds them, each with the registry's version")
    ResponseEntity<List<CountySnapshot>> list(PageRequest page, @RequestParam(required = false) String province,
            @RequestParam(required = false) String prefecture, @RequestParam(required = false) String cluster,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String status) {
        if (province != null) {
            CountyCode.parse("province", province);
        }
        if (prefecture != null) {
            CountyCode.parse("prefecture", prefecture);
        }
        requireOneOf("kind", kind, KINDS);
        requireOneOf("status", status, STATUSES);
        return Pages.of(replica.list(new ReplicaFilter(province, prefecture, cluster, kind, status)),
                CountySnapshot::code, page);
    }

    @GetMapping("/counties/{code}")
    @Operation(summary = "One county as the replica holds it; ETag is its version")
    ResponseEntity<CountySnapshot> get(@PathVariable String code) {
        CountyCode.parse("code", code);
        CountySnapshot county = replica.find(code).orElseThrow(() -> new NotFoundException("county", code));
        return ResponseEntity.ok().eTag(Long.toString(county.version())).body(county);
    }

    @PostMapping("/replica/rebuild")
    @Operation(summary = "Read registry.counties.v1 again from its beginning; newer snapshots replace those held")
    ResponseEntity<Map<String, Object>> rebuild(Caller caller) {
        OperationsPolicy.requireOperator(caller.agency());
        listener.rebuild();
        return ResponseEntity.accepted().body(Map.of("topic", "registry.counties.v1", "countiesHeld",
                repository.count(), "status", "replaying from the beginning of the topic"));
    }

    private static void requireOneOf(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new MalformedInputException(Violation.of(field, "must be one of " + allowed, value));
        }
    }
}
