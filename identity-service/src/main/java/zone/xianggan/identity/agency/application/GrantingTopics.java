package zone.xianggan.identity.agency.application;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.Reason;

/** The zone office sets which event topics a subscriber may read; its Kafka ACLs follow. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GrantingTopics {

    private final AgencyChanges changes;
    private final Clock clock;

    @Transactional
    public AgencyAccount grant(String id, long expectedVersion, List<String> topics, String reason, Caller caller) {
        AgencyRules.requireManager(caller.agency());
        String why = Reason.required(reason);
        AgencyAccount current = changes.lockAt(id, expectedVersion);
        return current.withTopics(topics, caller.agency().id(), clock.instant())
                .map(revision -> changes.record(revision, expectedVersion, caller.actor(), why))
                .orElse(current);
    }
}
