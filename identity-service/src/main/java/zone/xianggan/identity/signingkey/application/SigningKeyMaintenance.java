package zone.xianggan.identity.signingkey.application;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a signing key ready: one is made before the server takes its first request, and the key is checked on
 * schedule (replaced when due, retired ones dropped when their tokens have expired). A failed check is logged and
 * the next one tries again; it never stops the schedule.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SigningKeyMaintenance implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyMaintenance.class);

    private final RotatingSigningKeys rotating;
    private final KeyRing ring;

    @Override
    public void afterSingletonsInstantiated() {
        rotating.maintain();
        ring.refresh();
    }

    @Scheduled(fixedDelayString = "${zone.identity.key-check-interval:1h}",
            initialDelayString = "${zone.identity.key-check-interval:1h}")
    void check() {
        try {
            rotating.maintain();
        } catch (Throwable failure) { // NOPMD - the schedule must survive anything, and tries again next time
            log.error("Signing key check failed; trying again at the next check", failure);
        }
    }
}
