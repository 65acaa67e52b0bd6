package zone.xianggan.replica;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.events.Topics;
import zone.xianggan.platform.config.ZoneMessagingAutoConfiguration;
import zone.xianggan.platform.kafka.ZoneTopics;
import zone.xianggan.platform.schema.ModuleSchema;

/** The registry replica, for a service that depends on this module. */
@AutoConfiguration(after = ZoneMessagingAutoConfiguration.class)
@Import(ReplicaController.class)
public class ReplicaAutoConfiguration {

    @Bean
    ReplicaRepository replicaRepository(DataSource dataSource, JdbcTemplate jdbc, MeterRegistry meters) {
        ReplicaRepository repository = new ReplicaRepository(jdbc,
                ModuleSchema.migrate(dataSource, "zone-registry-replica"));
        Gauge.builder("zone.replica.counties", repository, ReplicaRepository::count)
                .description("Counties held in the registry replica").register(meters);
        return repository;
    }

    @Bean
    RegistryReplica registryReplica(ReplicaRepository repository) {
        return new RegistryReplica(repository);
    }

    @Bean
    ReplicaUpdater replicaUpdater(ReplicaRepository repository, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        return new ReplicaUpdater(repository, new TransactionTemplate(transactionManager), events, clock, meters);
    }

    @Bean
    RegistryEventsListener registryEventsListener(ReplicaUpdater updater, ReplicaRepository repository) {
        return new RegistryEventsListener(updater, repository);
    }

    @Bean
    KafkaAdmin.NewTopics registryTopicsRead(ZoneTopics topics) {
        return topics.consumeWithDeadLetters(Topics.REGISTRY_COUNTIES_V1);
    }
}
