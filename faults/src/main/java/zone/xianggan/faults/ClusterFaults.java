package zone.xianggan.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import lombok.RequiredArgsConstructor;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartitionInfo;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerState;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ContainerNetwork;

/**
 * What the suite does to docker-compose.cluster.yml's containers, through the Docker engine's API: kill with
 * SIGKILL or stop, and start again; pause; cut off the network and connect again (under the same name). The
 * benchmark's cluster mode (bench/run.sh --cluster) stops and starts service instances with it too.
 */
@RequiredArgsConstructor
public final class ClusterFaults {

    public static final String BROKERS = "localhost:29092,localhost:29093,localhost:29094";

    private final ComposeZone zone;
    private final DockerClient docker = DockerClientFactory.instance().client();

    void kill(String service) {
        docker.killContainerCmd(id(service)).withSignal("KILL").exec();
    }

    public void start(String service) {
        docker.startContainerCmd(id(service)).exec();
    }

    void pause(String service) {
        docker.pauseContainerCmd(id(service)).exec();
    }

    void unpause(String service) {
        docker.unpauseContainerCmd(id(service)).exec();
    }

    /** Takes the container off the compose network; {@link #reconnect} puts it back under its service name. */
    String disconnect(String service) {
        String network = network(service);
        docker.disconnectFromNetworkCmd().withNetworkId(network).withContainerId(id(service)).withForce(true).exec();
        return network;
    }

    void reconnect(String service, String network) {
        docker.connectToNetworkCmd().withNetworkId(network).withContainerId(id(service))
                .withContainerNetwork(new ContainerNetwork().withAliases(service)).exec();
    }

    /** As {@code docker stop}: the container's stop signal (a fast shutdown, for PostgreSQL), then SIGKILL. */
    public void stop(String service) {
        docker.stopContainerCmd(id(service)).withTimeout(10).exec();
    }

    /** Whether the service's container is running and, where it has a health check, healthy. */
    public boolean healthy(String service) {
        var state = docker.inspectContainerCmd(id(service)).exec().getState();
        return Boolean.TRUE.equals(state.getRunning()) && !Boolean.TRUE.equals(state.getPaused())
                && (state.getHealth() == null || "healthy".equals(state.getHealth().getStatus()));
    }

    /** The broker service ({@code kafka-N}) leading the first partition of {@code topic}. */
    String leaderOf(String topic) {
        Map<String, Object> settings = zone.kafkaClientAs("zone-operator");
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKERS);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis());
        try (Admin admin = Admin.create(settings)) {
            List<TopicPartitionInfo> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic).partitions();
            return "kafka-" + partitions.getFirst().leader().id();
        } catch (Exception e) {
            throw new IllegalStateException("no leader of " + topic + " could be read", e);
        }
    }

    private String network(String service) {
        return docker.inspectContainerCmd(id(service)).exec().getNetworkSettings().getNetworks().keySet().iterator()
                .next();
    }

    private String id(String service) {
        ContainerState container = zone.container(service);
        return container.getContainerId();
    }
}
