package zone.xianggan.platform.outbox;

import java.time.Clock;
import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import zone.xianggan.platform.ThisService;
import zone.xianggan.platform.kafka.TopicProvisioning;
import zone.xianggan.platform.schema.ModuleSchema;
import zone.xianggan.platform.tasks.SurvivingTasks;
import zone.xianggan.platform.tracing.CurrentTrace;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    OutboxRepository outboxRepository(DataSource dataSource, JdbcTemplate jdbc) {
        return new OutboxRepository(jdbc, ModuleSchema.migrate(dataSource, "zone-outbox"));
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry meters, OutboxRepository repository, Clock clock) {
        return new OutboxMetrics(meters, repository, clock);
    }

    @Bean
    OutboxRelay outboxRelay(OutboxRepository repository, KafkaOperations<String, byte[]> kafka,
            PlatformTransactionManager transactionManager, OutboxProperties properties, OutboxMetrics metrics,
            ThisService service, Clock clock, KafkaAdmin admin, ObjectProvider<NewTopic> topics,
            SurvivingTasks tasks) {
        return new OutboxRelay(repository, kafka, new TransactionTemplate(transactionManager), properties, metrics,
                service.source(), clock, new TopicProvisioning(admin, topics.stream().findAny().isPresent()), tasks);
    }

    @Bean
    Outbox outbox(OutboxRepository repository, OutboxRelay relay, OutboxMetrics metrics, Clock clock,
            CurrentTrace trace) {
        return new Outbox(repository, relay, metrics, clock, trace);
    }
}
