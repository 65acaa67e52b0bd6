package zone.xianggan.platform.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.platform.catalogue.AsyncApiController;
import zone.xianggan.platform.security.ZoneSecurityConfiguration;
import zone.xianggan.platform.tasks.SurvivingTasks;
import zone.xianggan.platform.web.OpenApiDescription;
import zone.xianggan.platform.web.OpenApiPaging;
import zone.xianggan.platform.web.OpenApiSecurity;
import zone.xianggan.platform.web.OpenApiVersions;
import zone.xianggan.platform.web.ProblemDetailsAdvice;
import zone.xianggan.platform.web.ZoneWebConfiguration;

/**
 * What every zone service gets by depending on the platform: agencies' tokens checked on every request, problem
 * details, the caller as an argument, the access log, the API document's security and introduction, the events'
 * AsyncAPI document ({@code /asyncapi}). Messaging is apart
 * ({@link ZoneMessagingAutoConfiguration}).
 */
// Before Web MVC: Boot then sees our ResponseEntityExceptionHandler and does not add its own; before Jackson: Boot
// then takes our mapper builder (ZoneWebConfiguration) instead of its own.
@AutoConfiguration(before = { WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class })
@Import({ ProblemDetailsAdvice.class, ZoneSecurityConfiguration.class, ZoneWebConfiguration.class,
        OpenApiSecurity.class, OpenApiPaging.class, OpenApiVersions.class, OpenApiDescription.class,
        AsyncApiController.class })
public class ZonePlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SurvivingTasks survivingTasks(MeterRegistry meters) {
        return new SurvivingTasks(meters);
    }

    /** A {@code @Scheduled} method that throws, even an {@link Error}, runs again at its next turn, and is counted. */
    @Bean
    ThreadPoolTaskSchedulerCustomizer scheduledTaskFailures(SurvivingTasks tasks) {
        return scheduler -> scheduler.setErrorHandler(failure -> tasks.failed("scheduled", failure));
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer scheduledTaskFailuresOnVirtualThreads(SurvivingTasks tasks) {
        return scheduler -> scheduler.setErrorHandler(failure -> tasks.failed("scheduled", failure));
    }
}
