package zone.xianggan.identity.agency.application;

import java.time.Clock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyId;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.identity.agency.model.Registration;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Reason;
import zone.xianggan.kernel.domain.Violation;

/**
 * The zone office registers an agency: a new OAuth 2 client with a secret made here, shown once in the answer and
 * stored only hashed. The zone's own services are seeded, not registered. Every refusal comes before the secret is
 * hashed: the hash is slow by design, and a caller repeating refused registrations must not make the issuer do it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegisteringAgency {

    private final Agencies agencies;
    private final AgencyChanges changes;
    private final ClientSecrets secrets;
    private final Clock clock;

    @Transactional
    public IssuedSecret register(Registration request, String reason, Caller caller) {
        AgencyRules.requireManager(caller.agency());
        String why = Reason.optional(reason);
        if (request.kind() == AgencyKind.SERVICE) {
            throw new InvalidInputException(Violation.of("kind", "SERVICE agencies are the zone's own services; "
                    + "they are seeded with the zone, not registered", request.kind()));
        }
        // A malformed id is no agency's: the rules of the registration refuse it, naming what is wrong with it.
        if (AgencyId.isValid(request.id()) && agencies.find(request.id()).isPresent()) {
            throw Agencies.idTaken(request.id());
        }
        String secret = secrets.generate();
        AgencyAccount account = AgencyAccount.register(request, () -> secrets.hash(secret), caller.agency().id(),
                clock.instant());
        changes.recordNew(account, caller.actor(), why);
        return new IssuedSecret(account, secret);
    }
}
