package zone.xianggan.dashboard.live;

import java.time.Duration;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

/**
 * Starts following the zone's events once the pages are served, and keeps trying until the broker lets the dashboard
 * in: its agency logs in with a token from identity-service, which may start after it or be away for a while. Until
 * then the pages show the zone as they read it, without live updates, rather than the dashboard not starting at all.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LiveSubscription {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscription.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final KafkaListenerEndpointRegistry listeners;
    private volatile Thread starting;

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        starting = Thread.ofVirtual().name("live-subscription").start(this::startUntilAdmitted);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        Thread thread = starting;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void startUntilAdmitted() {
        Duration pause = FIRST_PAUSE;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                listeners.start();
                log.info("Following the zone's events");
                return;
            } catch (RuntimeException refused) {
                log.warn("Cannot follow the zone's events yet ({}); trying again in {} s", rootCause(refused),
                        pause.toSeconds());
                listeners.stop();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException stopping) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}
