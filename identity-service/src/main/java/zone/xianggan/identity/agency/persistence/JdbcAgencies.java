package zone.xianggan.identity.agency.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.identity.agency.application.Agencies;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyNames;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.platform.history.HistoryColumns;
import zone.xianggan.platform.history.HistoryTable;
import zone.xianggan.platform.persistence.JdbcVersionedStore;

/** Scopes and topics are kept as space-separated words: neither a scope nor a topic name has a space. */
@Repository
class JdbcAgencies extends JdbcVersionedStore<String, AgencyAccount> implements Agencies {

    private static final String COLUMNS = """
            id, kind, unit, province, name_zh, name_en, scopes, topics, enabled, secret_hash, secret_rotated_at,
            version, created_at, created_by, changed_at, changed_by""";

    private final HistoryTable<ChangeType> history;

    JdbcAgencies(JdbcTemplate jdbc, JsonMapper json) {
        super(jdbc, "SELECT " + COLUMNS + " FROM agency WHERE id = ?", JdbcAgencies::account);
        this.history = new HistoryTable<>(jdbc, json, ChangeType.class, "agency_change",
                new HistoryColumns("agency_id", "actor_agency", "actor_person", false));
    }

    @Override
    public List<AgencyAccount> findAll(AgencyKind kind) {
        if (kind == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM agency ORDER BY id", JdbcAgencies::account);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM agency WHERE kind = ? ORDER BY id", JdbcAgencies::account,
                kind.name());
    }

    @Override
    public boolean isEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM agency", Long.class) == 0;
    }

    /**
     * Two registrations of one id can both find it free; the database lets one of them insert, and the other is
     * answered as if it had found the id taken, naming it.
     */
    @Override
    public void insert(AgencyAccount account) {
        try {
            jdbc.update("INSERT INTO agency (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    account.id(), account.kind().name(), account.unit(), account.province(), account.names().zh(),
                    account.names().en(), scopes(account.scopes()), words(account.topics()), account.enabled(),
                    account.secretHash(), utc(account.secretRotatedAt()), account.version(),
                    utc(account.createdAt()), account.createdBy(), utc(account.changedAt()), account.changedBy());
        } catch (DuplicateKeyException taken) {
            throw Agencies.idTaken(account.id());
        }
    }

    @Override
    public void update(AgencyAccount account, long expectedVersion) {
        int updated = jdbc.update("""
                UPDATE agency SET topics = ?, enabled = ?, secret_hash = ?, secret_rotated_at = ?, version = ?,
                changed_at = ?, changed_by = ? WHERE id = ? AND version = ?""",
                words(account.topics()), account.enabled(), account.secretHash(), utc(account.secretRotatedAt()),
                account.version(), utc(account.changedAt()), account.changedBy(), account.id(), expectedVersion);
        if (updated != 1) {
            long current = jdbc.queryForObject("SELECT version FROM agency WHERE id = ?", Long.class, account.id());
            throw new StaleVersionException(expectedVersion, current);
        }
    }

    @Override
    public void appendHistory(HistoryEntry<ChangeType> change) {
        history.append(change);
    }

    @Override
    public List<HistoryEntry<ChangeType>> history(String id) {
        return history.of(id);
    }

    private static AgencyAccount account(ResultSet rs, int row) throws SQLException {
        return new AgencyAccount(rs.getString("id"), AgencyKind.valueOf(rs.getString("kind")), rs.getString("unit"),
                rs.getString("province"), new AgencyNames(rs.getString("name_zh"), rs.getString("name_en")),
                scopes(rs.getString("scopes")), Set.copyOf(split(rs.getString("topics"))), rs.getBoolean("enabled"),
                rs.getString("secret_hash"), instant(rs, "secret_rotated_at"), rs.getLong("version"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "changed_at"),
                rs.getString("changed_by"));
    }

    private static String scopes(Set<Scope> scopes) {
        return words(scopes.stream().map(Scope::value).toList());
    }

    private static Set<Scope> scopes(String words) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        // A scope the code no longer knows is dropped rather than failing every read of the agency.
        split(words).forEach(value -> Scope.fromValue(value).ifPresent(scopes::add));
        return scopes;
    }

    private static String words(java.util.Collection<String> values) {
        return String.join(" ", new TreeSet<>(values));
    }

    private static List<String> split(String words) {
        return words == null || words.isBlank() ? List.of() : Arrays.asList(words.trim().split(" +"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
