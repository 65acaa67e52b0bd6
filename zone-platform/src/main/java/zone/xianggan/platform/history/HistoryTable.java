package zone.xianggan.platform.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.HistoryEntry;

/**
 * A table of {@link HistoryEntry history entries}, one row per version of a subject, the way every service keeps
 * them: the subject, the version, the kind of change, the agency and person who made it, when, why, each field
 * before and after as JSON and, where the service keeps it, the snapshot the change produced. Rows are only ever
 * added.
 */
public final class HistoryTable<T extends Enum<T>> {

    private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Class<T> types;
    private final boolean keepsSnapshots;
    private final String insert;
    private final String select;

    /** @param columns the names that differ from table to table; the others are the same everywhere */
    public HistoryTable(JdbcTemplate jdbc, JsonMapper json, Class<T> types, String table, HistoryColumns columns) {
        this.jdbc = jdbc;
        this.json = json;
        this.types = types;
        this.keepsSnapshots = columns.snapshot();
        String names = String.join(", ", columns.subject(), "version", "change_type", columns.agency(),
                columns.person(), "changed_at", "reason", "changes");
        this.insert = "INSERT INTO " + table + " (" + names + (columns.snapshot() ? ", snapshot" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?" + (columns.snapshot() ? ", ?" : "") + ")";
        this.select = "SELECT " + names + " FROM " + table + " WHERE " + columns.subject() + " = ? ORDER BY version";
    }

    public void append(HistoryEntry<T> entry) {
        append(entry, null);
    }

    /**
     * @param snapshot the subject as the change left it, as the service publishes it: required where the table
     *                 keeps snapshots, refused where it does not
     */
    public void append(HistoryEntry<T> entry, Object snapshot) {
        if (keepsSnapshots != (snapshot != null)) {
            throw new IllegalArgumentException(keepsSnapshots ? "this history keeps a snapshot of every change"
                    : "this history keeps no snapshots");
        }
        List<Object> values = new ArrayList<>(Arrays.asList(entry.subject(), entry.version(), entry.type().name(),
                entry.actor().agency(), entry.actor().person(), entry.at().atOffset(ZoneOffset.UTC), entry.reason(),
                json.writeValueAsString(entry.changes())));
        if (keepsSnapshots) {
            values.add(json.writeValueAsString(snapshot));
        }
        jdbc.update(insert, values.toArray());
    }

    /** Every entry of the subject, oldest first. */
    public List<HistoryEntry<T>> of(String subject) {
        return jdbc.query(select, (rs, n) -> entry(rs), subject);
    }

    private HistoryEntry<T> entry(ResultSet rs) throws SQLException {
        return new HistoryEntry<>(rs.getString(1), rs.getLong(2), Enum.valueOf(types, rs.getString(3)),
                new Actor(rs.getString(4), rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant(),
                rs.getString(7), json.readValue(rs.getString(8), CHANGES));
    }
}
