package zone.xianggan.platform.config;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;

import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.events.EventSources;
import zone.xianggan.platform.ZoneService;
import zone.xianggan.platform.kafka.DeadLetteringErrorHandler;
import zone.xianggan.platform.kafka.ZoneKafkaProperties;
import zone.xianggan.platform.kafka.ZoneTopics;
import zone.xianggan.platform.outbox.OutboxConfiguration;
import zone.xianggan.platform.web.ProblemDetailsAdvice;

/** What every zone service gets by depending on the platform. */
// Before Web MVC: Boot then sees our ResponseEntityExceptionHandler and does not add its own.
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        TransactionAutoConfiguration.class, KafkaAutoConfiguration.class }, before = WebMvcAutoConfiguration.class)
@EnableConfigurationProperties(ZoneKafkaProperties.class)
@Import({ OutboxConfiguration.class, ProblemDetailsAdvice.class })
public class ZonePlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ZoneService zoneService(@Value("${spring.application.name}") String name) {
        return new ZoneService(name, EventSources.of(name));
    }

    @Bean
    ZoneTopics zoneTopics(ZoneKafkaProperties properties, ZoneService service) {
        return new ZoneTopics(properties, service.consumerGroup());
    }

    @Bean
    CommonErrorHandler zoneConsumerErrorHandler(KafkaOperations<?, ?> kafka, ZoneKafkaProperties properties,
            ZoneService service, MeterRegistry meters) {
        return DeadLetteringErrorHandler.create(kafka, properties, service.consumerGroup(), meters);
    }
}
