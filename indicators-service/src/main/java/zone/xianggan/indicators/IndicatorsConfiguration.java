package zone.xianggan.indicators;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import zone.xianggan.events.Topics;
import zone.xianggan.indicators.reporting.application.ReportingProperties;
import zone.xianggan.platform.kafka.ZoneTopics;
import zone.xianggan.platform.web.LargerBody;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class IndicatorsConfiguration {

    /** The catalogue: compacted, keyed by indicator code, so a new subscriber reads every indicator's latest state. */
    @Bean
    NewTopic indicatorsCatalogueTopic(ZoneTopics topics) {
        return topics.declare(Topics.INDICATORS_CATALOGUE_V1);
    }

    /** A batch of values: up to {@code zone.indicators.max-batch-rows} of them, in a larger body than other calls. */
    @Bean
    LargerBody valueBatches(ReportingProperties reporting) {
        return new LargerBody("/api/v1/values", reporting.maxUploadSize());
    }

    @Bean
    LargerBody csvUploads(ReportingProperties reporting) {
        return new LargerBody("/api/v1/values/import", reporting.maxUploadSize());
    }

    /** Every reported value and revision, keyed by county code. */
    @Bean
    NewTopic indicatorsValuesTopic(ZoneTopics topics) {
        return topics.declare(Topics.INDICATORS_VALUES_V1);
    }
}
