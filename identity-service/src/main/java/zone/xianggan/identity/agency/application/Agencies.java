package zone.xianggan.identity.agency.application;

import java.util.List;
import java.util.Map;

import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.change.VersionedStore;
import zone.xianggan.kernel.domain.ConflictException;

/** Where the agencies and their histories are kept. */
public interface Agencies extends VersionedStore<String, AgencyAccount> {

    /** Every agency, or those of one kind, by id. */
    List<AgencyAccount> findAll(AgencyKind kind);

    boolean isEmpty();

    /**
     * Stores a new agency. An id that another registration took after this one looked ({@link #find}) is
     * {@link #idTaken}, as if it had been found.
     */
    @Override
    void insert(AgencyAccount account);

    void appendHistory(HistoryEntry<ChangeType> change);

    List<HistoryEntry<ChangeType>> history(String id);

    /** The refusal of a registration whose id is taken, whether found before the insert or by the insert itself. */
    static ConflictException idTaken(String id) {
        return new ConflictException("agency " + id + " exists already", Map.of("field", "id"));
    }
}
