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

/** The zone office enables a disabled agency again, with the secret it had. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnablingAgency {

    private final AgencyChanges changes;
    private final Clock clock;

    @Transactional
    public AgencyAccount enable(String id, long expectedVersion, String reason, Caller caller) {
        AgencyRules.requireManager(caller.agency());
        String why = Reason.required(reason);
        AgencyAccount current = changes.lockAt(id, expectedVersion);
        return changes.record(current.enable(caller.agency().id(), clock.instant()), expectedVersion,
                caller.actor(), why);
    }
}
