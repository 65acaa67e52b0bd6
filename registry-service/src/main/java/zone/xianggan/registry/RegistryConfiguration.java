package zone.xianggan.registry;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import zone.xianggan.events.Topics;
import zone.xianggan.platform.kafka.ZoneTopics;

@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    /** The topic the registry owns: compacted, keyed by county code. */
    @Bean
    NewTopic registryCountiesTopic(ZoneTopics topics) {
        return topics.declare(Topics.REGISTRY_COUNTIES_V1);
    }
}
