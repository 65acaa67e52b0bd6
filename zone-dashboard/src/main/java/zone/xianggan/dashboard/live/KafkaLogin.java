package zone.xianggan.dashboard.live;

import java.util.HashMap;

import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import zone.xianggan.dashboard.DashboardProperties;
import zone.xianggan.events.AgencyKafkaLogin;

/** Against the zone's secured broker, the dashboard reads as its own agency, as any subscriber does. */
@Configuration(proxyBeanMethods = false)
class KafkaLogin {

    @Bean
    DefaultKafkaConsumerFactoryCustomizer asTheDashboardsAgency(DashboardProperties properties) {
        return factory -> {
            if (properties.kafkaSecurityProtocol().startsWith("SASL_")) {
                factory.updateConfigs(new HashMap<>(AgencyKafkaLogin.settings(properties.kafkaSecurityProtocol(),
                        AgencyKafkaLogin.tokenEndpoint(properties.issuer()), properties.clientId(),
                        properties.clientSecret())));
            }
        };
    }
}
