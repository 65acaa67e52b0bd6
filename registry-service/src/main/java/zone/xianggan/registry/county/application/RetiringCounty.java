package zone.xianggan.registry.county.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

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
import zone.xianggan.registry.county.model.CountyPolicy;

/**
 * An agency retires a unit after an administrative change, naming its successor where there is one. The unit is
 * never deleted: it stays queryable, with its history.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RetiringCounty {

    private final Counties counties;
    private final CountyChanges changes;
    private final Clock clock;

    @Transactional
    public County retire(CountyCode code, long expectedVersion, RetireCounty command, Caller caller) {
        CountyPolicy.requireMayChange(caller.agency(), code);
        String reason = Reason.required(command.reason());
        Optional<CountyCode> successorCode = Optional.ofNullable(command.successorCode())
                .map(raw -> CountyCode.parse("successorCode", raw));
        County current = changes.lockAt(code, expectedVersion);
        Optional<County> successor = successorCode.map(successorOf -> counties.find(successorOf)
                .orElseThrow(() -> new InvalidInputException(Violation.of("successorCode",
                        "no unit " + successorOf + " in the registry", successorOf.value()))));
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        var revision = current.retire(successor, command.retiredOn() == null ? today : command.retiredOn(), today,
                clock.instant(), caller.actor());
        return changes.record(revision, expectedVersion, reason);
    }
}
