package zone.xianggan.platform.tracing;

import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * A change's trace context from its request to its events and on to every consumer: taken where the outbox stores
 * the events ({@link CurrentTrace}), continued where a listener takes them ({@link CloudEventTraceReceiver}).
 */
@Configuration(proxyBeanMethods = false)
public class TracingConfiguration {

    @Bean
    CurrentTrace currentTrace(Tracer tracer, Propagator propagator) {
        return CurrentTrace.of(tracer, propagator);
    }

    /** Before Boot's receiver handler: tracing handlers are tried in order, and the first that takes a context wins. */
    @Bean
    @Order(MicrometerTracingAutoConfiguration.RECEIVER_TRACING_OBSERVATION_HANDLER_ORDER - 1)
    CloudEventTraceReceiver cloudEventTraceReceiver(Tracer tracer, Propagator propagator) {
        return new CloudEventTraceReceiver(tracer, propagator);
    }
}
