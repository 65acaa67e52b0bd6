package zone.xianggan.indicators;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import zone.xianggan.events.Topics;
import zone.xianggan.indicators.reporting.application.ReportingProperties;
import zone.xianggan.platform.kafka.ZoneTopics;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class IndicatorsConfiguration {

    /** The catalogue: compacted, keyed by indicator code, so a new subscriber reads every indicator's latest state. */
    @Bean
    NewTopic indicatorsCatalogueTopic(ZoneTopics topics) {
        return topics.declare(Topics.INDICATORS_CATALOGUE_V1);
    }

    /** Every reported value and revision, keyed by county code. */
    @Bean
    NewTopic indicatorsValuesTopic(ZoneTopics topics) {
        return topics.declare(Topics.INDICATORS_VALUES_V1);
    }
}
