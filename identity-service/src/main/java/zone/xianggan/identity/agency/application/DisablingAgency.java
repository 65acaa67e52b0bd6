package zone.xianggan.identity.agency.application;

import java.time.Clock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.Reason;

/**
 * The zone office disables an agency: it gets no new token and loses its Kafka rights. Tokens it already holds stay
 * valid until they expire (minutes).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DisablingAgency {

    private final AgencyChanges changes;
    private final Clock clock;

    @Transactional
    public AgencyAccount disable(String id, long expectedVersion, String reason, Caller caller) {
        AgencyRules.requireManager(caller.agency());
        String why = Reason.required(reason);
        AgencyAccount current = changes.lockAt(id, expectedVersion);
        return changes.record(current.disable(caller.agency().id(), clock.instant()), expectedVersion,
                caller.actor(), why);
    }
}
