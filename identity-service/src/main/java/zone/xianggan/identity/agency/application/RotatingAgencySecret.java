package zone.xianggan.identity.agency.application;

import java.time.Clock;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.events.ServiceNames;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.Reason;

/**
 * The zone office gives an agency a new secret: the old one stops working at once. Access tokens already issued
 * with it stay valid until they expire, since every service checks them locally.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RotatingAgencySecret {

    private final AgencyChanges changes;
    private final ClientSecrets secrets;
    private final Clock clock;

    @Transactional
    public IssuedSecret rotate(String id, long expectedVersion, String reason, Caller caller) {
        AgencyRules.requireManager(caller.agency());
        String why = Reason.optional(reason);
        AgencyAccount current = changes.lockAt(id, expectedVersion);
        if (ServiceNames.IDENTITY.equals(current.id())) {
            throw new ConflictException("identity-service's own secret is kept in its data directory for its Kafka "
                    + "client; set zone.identity.seed-secrets.identity-service and reseed instead",
                    Map.of("field", "id"));
        }
        String secret = secrets.generate();
        AgencyAccount rotated = changes.record(current.withSecret(secrets.hash(secret), caller.agency().id(),
                clock.instant()), expectedVersion, caller.actor(), why);
        return new IssuedSecret(rotated, secret);
    }
}
