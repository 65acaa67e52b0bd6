package zone.xianggan.subscriber.kafka;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import zone.xianggan.events.AgencyKafkaLogin;
import zone.xianggan.subscriber.SubscriberProperties;

/**
 * Every Kafka client of the subscriber (the consumer, the dead letters' producer and admin client) logs in to the
 * zone's broker as the agency: SASL/OAUTHBEARER, Kafka's own login handler getting the agency's tokens from the
 * zone's issuer with its client id and secret, as {@link AgencyKafkaLogin} says. The broker then allows what the zone
 * office granted the agency.
 */
@Configuration(proxyBeanMethods = false)
class AgencyLogin {

    @Bean
    DefaultKafkaConsumerFactoryCustomizer consumerLogsInAsTheAgency(SubscriberProperties subscriber) {
        return factory -> factory.updateConfigs(settings(subscriber));
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer producerLogsInAsTheAgency(SubscriberProperties subscriber) {
        return factory -> factory.updateConfigs(settings(subscriber));
    }

    /** Spring Boot's admin client, with the login: Boot offers no customizer for it. */
    @Bean
    KafkaAdmin kafkaAdmin(KafkaProperties kafka, SubscriberProperties subscriber) {
        Map<String, Object> config = kafka.buildAdminProperties();
        config.putAll(settings(subscriber));
        return new KafkaAdmin(config);
    }

    /** None on a broker without SASL (a test broker on this machine, say). */
    private static Map<String, Object> settings(SubscriberProperties subscriber) {
        if (!subscriber.securityProtocol().startsWith("SASL_")) {
            return Map.of("security.protocol", subscriber.securityProtocol());
        }
        return new HashMap<>(AgencyKafkaLogin.settings(subscriber.securityProtocol(),
                AgencyKafkaLogin.tokenEndpoint(subscriber.issuer()), subscriber.clientId(),
                subscriber.clientSecret()));
    }
}
