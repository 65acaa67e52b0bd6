package zone.xianggan.registry.county.application;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Reason;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyDetails;
import zone.xianggan.registry.county.model.CountyPolicy;

/**
 * An agency corrects a unit's names or kind. Sending what is already held changes nothing; the unit's other fields
 * may be sent back as held, never changed.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RevisingCounty {

    private final CountyChanges changes;
    private final Clock clock;

    @Transactional
    public County revise(CountyCode code, long expectedVersion, ReviseCounty command, Caller caller) {
        CountyPolicy.requireMayChange(caller.agency(), code);
        CountyDetails details = new CountyDetails(command.nameZh(), command.nameEn(), command.kind());
        String reason = Reason.optional(command.reason());
        County current = changes.lockAt(code, expectedVersion);
        // Against the version locked: a unit read before the lock may be another change's, and would let a changed
        // read-only field through, or refuse one sent back as the agency read it.
        List<Violation> readOnlyChanged = command.sentBack().changedFrom(CountySnapshots.of(current));
        if (!readOnlyChanged.isEmpty()) {
            throw new InvalidInputException(readOnlyChanged);
        }
        return current.revise(details, clock.instant(), caller.actor())
                .map(revision -> changes.record(revision, expectedVersion, reason))
                .orElse(current);
    }
}
