package zone.xianggan.platform.tracing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * A change's trace context, from its request to its events: taken where the outbox stores them ({@link CurrentTrace}).
 */
@Configuration(proxyBeanMethods = false)
public class TracingConfiguration {

    @Bean
    CurrentTrace currentTrace(Tracer tracer, Propagator propagator) {
        return CurrentTrace.of(tracer, propagator);
    }
}
