package zone.xianggan.platform.deadletter;

import java.time.Clock;
import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;

import zone.xianggan.platform.ThisService;
import zone.xianggan.platform.kafka.TopicConsumer;
import zone.xianggan.platform.schema.ModuleSchema;

@Configuration(proxyBeanMethods = false)
@Import(DeadLetterController.class)
public class DeadLetterConfiguration {

    @Bean
    DeadLetterReplays deadLetterReplays(DataSource dataSource, JdbcTemplate jdbc) {
        return new DeadLetterReplays(jdbc, ModuleSchema.migrate(dataSource, DeadLetterReplays.MODULE));
    }

    @Bean
    @SuppressWarnings("unchecked")
    DeadLetters deadLetters(ConsumerFactory<?, ?> consumers, ObjectProvider<TopicConsumer> topicConsumers,
            ThisService service, DeadLetterReplays replays, Clock clock) {
        return new DeadLetters((ConsumerFactory<String, byte[]>) consumers, topicConsumers,
                service.consumerGroup(), replays, clock);
    }
}
