package zone.xianggan.identity.agency.application;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.Changed;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.change.Versioned;

/** How every change of an agency is made: locked at the version the caller read, stored with its history entry. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgencyChanges {

    private final Agencies agencies;
    private final ApplicationEventPublisher events;

    /** The agency, locked; 404 if there is none, 412 if it changed after the caller read version {@code expected}. */
    public AgencyAccount lockAt(String id, long expected) {
        return Versioned.requireAt(agencies.lock(id), "agency", id, expected);
    }

    public AgencyAccount record(Changed<AgencyAccount, ChangeType> revision, long expectedVersion, Actor actor,
            String reason) {
        AgencyAccount account = revision.after();
        agencies.update(account, expectedVersion);
        agencies.appendHistory(new HistoryEntry<>(account.id(), account.version(), revision.type(), actor,
                account.changedAt(), reason, revision.changes()));
        events.publishEvent(new AgencyChanged(account.id()));
        return account;
    }

    public AgencyAccount recordNew(AgencyAccount account, Actor actor, String reason) {
        Changed<AgencyAccount, ChangeType> registered = account.asRegistered();
        agencies.insert(account);
        agencies.appendHistory(new HistoryEntry<>(account.id(), account.version(), registered.type(), actor,
                account.createdAt(), reason, registered.changes()));
        events.publishEvent(new AgencyChanged(account.id()));
        return account;
    }
}
