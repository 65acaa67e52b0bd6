package zone.xianggan.platform.web;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import zone.xianggan.platform.security.AccessLog;

/** The zone's additions to Spring MVC: the {@code Caller} argument and the access log around every request. */
@Configuration(proxyBeanMethods = false)
public class ZoneWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArguments());
    }

    @Bean
    FilterRegistrationBean<AccessLog> accessLog() {
        FilterRegistrationBean<AccessLog> registration = new FilterRegistrationBean<>(new AccessLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
