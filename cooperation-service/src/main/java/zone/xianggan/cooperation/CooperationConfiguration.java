package zone.xianggan.cooperation;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import zone.xianggan.events.Topics;
import zone.xianggan.platform.kafka.ZoneTopics;

@Configuration(proxyBeanMethods = false)
class CooperationConfiguration {

    /** The topic this service owns: keyed by project id. */
    @Bean
    NewTopic cooperationProjectsTopic(ZoneTopics topics) {
        return topics.declare(Topics.COOPERATION_PROJECTS_V1);
    }

    /** The indicator topics it reads; declaring them lets it start before indicators-service has. */
    @Bean
    KafkaAdmin.NewTopics indicatorTopicsRead(ZoneTopics topics) {
        return topics.consumeWithDeadLetters(Topics.INDICATORS_CATALOGUE_V1, Topics.INDICATORS_VALUES_V1);
    }
}
