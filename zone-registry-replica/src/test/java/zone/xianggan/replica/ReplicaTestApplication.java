package zone.xianggan.replica;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service with nothing but the replica, as indicators-service and cooperation-service get it by depending on
 * this module; the components beside it ({@link ReplicationProbe}, {@link DeliveryCounter}) let tests watch it.
 */
@SpringBootApplication
class ReplicaTestApplication {
}
