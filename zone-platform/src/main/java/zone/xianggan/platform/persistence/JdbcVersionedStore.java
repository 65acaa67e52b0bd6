package zone.xianggan.platform.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.change.VersionedStore;

/**
 * A {@link VersionedStore} in one table: an aggregate read by its key as it is, or locked for a change
 * ({@code FOR UPDATE}) with the same query. What a store adds (its lists, its inserts and updates) is its own.
 *
 * @param <K> the aggregate's key, as the database takes it (a {@code String})
 * @param <A> the aggregate
 */
public abstract class JdbcVersionedStore<K, A extends Versioned> implements VersionedStore<K, A> {

    protected final JdbcTemplate jdbc;
    private final String selectOne;
    private final RowMapper<A> rows;

    /** @param selectOne the query of one aggregate, its key the one parameter: {@code SELECT … WHERE id = ?} */
    protected JdbcVersionedStore(JdbcTemplate jdbc, String selectOne, RowMapper<A> rows) {
        this.jdbc = jdbc;
        this.selectOne = selectOne;
        this.rows = rows;
    }

    @Override
    public Optional<A> find(K key) {
        return jdbc.query(selectOne, rows, key).stream().findFirst();
    }

    @Override
    public Optional<A> lock(K key) {
        return jdbc.query(selectOne + " FOR UPDATE", rows, key).stream().findFirst();
    }
}
