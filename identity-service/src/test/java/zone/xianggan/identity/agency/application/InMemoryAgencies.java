package zone.xianggan.identity.agency.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.StaleVersionException;

/**
 * The agencies and their histories in memory, held to what the database holds them to: one agency an id, an update
 * only at the version stored, one history entry an agency and version; read in the order of their ids.
 */
public class InMemoryAgencies implements Agencies {

    private final Map<String, AgencyAccount> accounts = new TreeMap<>();
    private final List<HistoryEntry<ChangeType>> history = new ArrayList<>();

    /** The agencies, as the seeding stored them (with no history: a test reads only what its use case appends). */
    public static InMemoryAgencies of(AgencyAccount... seeded) {
        InMemoryAgencies agencies = new InMemoryAgencies();
        for (AgencyAccount account : seeded) {
            agencies.insert(account);
        }
        return agencies;
    }

    @Override
    public Optional<AgencyAccount> find(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    /** A test runs on one thread: there is no other transaction to keep out. */
    @Override
    public Optional<AgencyAccount> lock(String id) {
        return find(id);
    }

    @Override
    public List<AgencyAccount> findAll(AgencyKind kind) {
        return accounts.values().stream().filter(account -> kind == null || account.kind() == kind).toList();
    }

    @Override
    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    @Override
    public void insert(AgencyAccount account) {
        if (accounts.putIfAbsent(account.id(), account) != null) {
            throw Agencies.idTaken(account.id());
        }
    }

    @Override
    public void update(AgencyAccount account, long expectedVersion) {
        AgencyAccount stored = accounts.get(account.id());
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, stored.version());
        }
        accounts.put(account.id(), account);
    }

    @Override
    public void appendHistory(HistoryEntry<ChangeType> change) {
        if (history.stream().anyMatch(entry -> entry.subject().equals(change.subject())
                && entry.version() == change.version())) {
            throw new IllegalStateException("agency " + change.subject() + " has an entry of version "
                    + change.version() + " already");
        }
        history.add(change);
    }

    @Override
    public List<HistoryEntry<ChangeType>> history(String id) {
        return history.stream().filter(entry -> entry.subject().equals(id))
                .sorted(Comparator.comparingLong(HistoryEntry::version)).toList();
    }
}
