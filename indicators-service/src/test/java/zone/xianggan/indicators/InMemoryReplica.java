package zone.xianggan.indicators;

import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.replica.RegistryReplica;

/**
 * The registry replica holding the given units. The replica is a class of its own module over its database table,
 * with no port in front of it and a constructor of its own package, so the stand-in is a Mockito mock whose one read
 * of the table ({@link RegistryReplica#byCode()}) answers these units; its other reads are its own code over them.
 * Applying the registry's events to the table is the integration tests'.
 */
public final class InMemoryReplica {

    private InMemoryReplica() {
    }

    public static RegistryReplica holding(CountySnapshot... units) {
        Map<String, CountySnapshot> byCode = Stream.of(units)
                .collect(Collectors.toUnmodifiableMap(CountySnapshot::code, Function.identity()));
        RegistryReplica replica = mock(RegistryReplica.class, CALLS_REAL_METHODS);
        doReturn(byCode).when(replica).byCode();
        return replica;
    }
}
