package zone.xianggan.platform.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;
import zone.xianggan.platform.security.AccessLog;

/**
 * The zone's additions to Spring MVC: the {@code Caller}, {@code PageRequest} and {@code IfMatch} arguments, the
 * access log around every request, the bound on every request body, and JSON read within the zone's limits
 * ({@link JsonLimits}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpLimitsProperties.class)
public class ZoneWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArguments());
        resolvers.add(new PageArguments());
        resolvers.add(new IfMatchArguments());
    }

    /**
     * Just inside Boot's observation of the request (its filter's order is {@code HIGHEST_PRECEDENCE + 1}), so that
     * the access log's line carries the request's trace id: where an agency finds the trace of a change it made.
     */
    @Bean
    FilterRegistrationBean<AccessLog> accessLog() {
        FilterRegistrationBean<AccessLog> registration = new FilterRegistrationBean<>(new AccessLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Right after the access log (which then logs the 413 too), before Spring Security's chain. */
    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(HttpLimitsProperties limits, List<LargerBody> larger,
            JsonMapper json) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
                new BodySizeLimit(limits, larger, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /**
     * Spring Boot's mapper builder, on a factory with the zone's limits: a builder cannot be given another factory
     * once made, so this one replaces Boot's and applies the same customizers (the {@code spring.jackson.*}
     * settings among them).
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonLimits.builder();
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
