package zone.xianggan.platform.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;

import zone.xianggan.events.EventSources;
import zone.xianggan.platform.ThisService;
import zone.xianggan.platform.deadletter.DeadLetterConfiguration;
import zone.xianggan.platform.kafka.DeadLetteringErrorHandler;
import zone.xianggan.platform.kafka.ZoneKafkaProperties;
import zone.xianggan.platform.kafka.ZoneTopics;
import zone.xianggan.platform.outbox.OutboxConfiguration;
import zone.xianggan.platform.tracing.TracingConfiguration;

/**
 * What a service that owns data and exchanges events gets: the transactional outbox and its relay, the topics it
 * declares, its consumers' retries and dead letters, the operator's view and replay of those, and the trace of each
 * change carried from its request to every consumer. identity-service,
 * which publishes no event, turns it off ({@code zone.messaging.enabled=false}).
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        TransactionAutoConfiguration.class, KafkaAutoConfiguration.class })
@ConditionalOnProperty(name = "zone.messaging.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(ZoneKafkaProperties.class)
@Import({ OutboxConfiguration.class, DeadLetterConfiguration.class, TracingConfiguration.class })
public class ZoneMessagingAutoConfiguration {

    @Bean
    ThisService zoneService(@Value("${spring.application.name}") String name) {
        return new ThisService(name, EventSources.of(name));
    }

    @Bean
    ZoneTopics zoneTopics(ZoneKafkaProperties properties, ThisService service) {
        return new ZoneTopics(properties, service.consumerGroup());
    }

    @Bean
    CommonErrorHandler zoneConsumerErrorHandler(KafkaOperations<?, ?> kafka, ZoneKafkaProperties properties,
            ThisService service, MeterRegistry meters) {
        return DeadLetteringErrorHandler.create(kafka, properties, service.consumerGroup(), meters);
    }
}
