package zone.xianggan.identity.kafka;

import java.time.Clock;

import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.agency.application.Agencies;
import zone.xianggan.identity.agency.application.AgencyChanged;

/**
 * Kafka's ACLs follow the agencies, where identity-service is given a broker
 * ({@code zone.identity.kafka.bootstrap-servers}); without one it leaves Kafka alone. Health {@code kafkaAccess} is UP
 * once the last reconcile succeeded, and is part of readiness then.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${zone.identity.kafka.bootstrap-servers:}'.isBlank()")
class KafkaAccessConfiguration {

    @Bean(destroyMethod = "close")
    AclReconciler aclReconciler(Agencies agencies, IssuerProperties properties, KafkaClientSecret secret,
            Clock clock, MeterRegistry meters) {
        AclReconciler reconciler = new AclReconciler(agencies,
                () -> Admin.create(KafkaAdminSettings.of(properties, secret.read().orElse(null))), clock,
                properties.kafka().reconcileInterval());
        Gauge.builder("zone.identity.kafka.acls.reconciled", reconciler, r -> r.state().reconciled() ? 1 : 0)
                .description("1 when the broker's ACLs matched the agencies' rights at the last reconcile")
                .register(meters);
        Gauge.builder("zone.identity.kafka.acls.held", reconciler, r -> r.state().held())
                .description("ACLs the agencies' rights make, as last reconciled").register(meters);
        Gauge.builder("zone.identity.kafka.acls.last.success", reconciler,
                r -> r.state().lastSuccess() == null ? 0 : r.state().lastSuccess().getEpochSecond())
                .description("When the ACLs were last reconciled (epoch seconds; 0: never)").register(meters);
        return reconciler;
    }

    @Bean
    HealthIndicator kafkaAccessHealthIndicator(AclReconciler reconciler) {
        return () -> {
            AclReconciler.ReconcileState state = reconciler.state();
            return (state.reconciled() ? Health.up() : Health.down()).withDetails(state.details()).build();
        };
    }

    @Bean
    ReconcileTriggers reconcileTriggers(AclReconciler reconciler) {
        return new ReconcileTriggers(reconciler);
    }

    /** When the reconciler runs: once the service is up, and after every committed change of an agency. */
    static class ReconcileTriggers {

        private final AclReconciler reconciler;

        ReconcileTriggers(AclReconciler reconciler) {
            this.reconciler = reconciler;
        }

        @EventListener(ApplicationReadyEvent.class)
        void started() {
            reconciler.start();
        }

        @TransactionalEventListener(fallbackExecution = true)
        void agencyChanged(AgencyChanged changed) {
            reconciler.request();
        }
    }
}
