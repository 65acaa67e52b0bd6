package zone.xianggan.indicators.catalogue.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.indicators.catalogue.application.Indicators;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Direction;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorDefinition;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.aggregation.AggregationMethod;
import zone.xianggan.kernel.aggregation.AggregationRule;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.platform.history.HistoryColumns;
import zone.xianggan.platform.history.HistoryTable;
import zone.xianggan.platform.persistence.JdbcVersionedStore;

@Repository
class JdbcIndicators extends JdbcVersionedStore<String, Indicator> implements Indicators {

    private static final String COLUMNS = """
            code, name_zh, name_en, unit, periodicity, plan_area, aggregation, numerator_code, denominator_code,
            weight_code, scale, direction, minimum, maximum, status, version, changed_at, changed_by,
            changed_by_person""";

    private final HistoryTable<ChangeType> history;

    JdbcIndicators(JdbcTemplate jdbc, JsonMapper json) {
        super(jdbc, "SELECT " + COLUMNS + " FROM indicator WHERE code = ?", JdbcIndicators::indicator);
        this.history = new HistoryTable<>(jdbc, json, ChangeType.class, "indicator_change",
                HistoryColumns.withSnapshot("indicator_code"));
    }

    @Override
    public List<Indicator> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM indicator ORDER BY code", JdbcIndicators::indicator);
    }

    @Override
    public void insert(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        AggregationRule rule = d.aggregation();
        jdbc.update("INSERT INTO indicator (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)", indicator.code(), d.nameZh(), d.nameEn(), d.unit(), d.periodicity().name(),
                d.planArea().name(), rule.method().name(), rule.numerator(), rule.denominator(), rule.weight(),
                rule.scale(), d.direction().name(), d.minimum(), d.maximum(), indicator.status().name(),
                indicator.version(), indicator.changedAt().atOffset(ZoneOffset.UTC), indicator.changedBy().agency(),
                indicator.changedBy().person());
    }

    @Override
    public void update(Indicator indicator, long expectedVersion) {
        IndicatorDefinition d = indicator.definition();
        AggregationRule rule = d.aggregation();
        int updated = jdbc.update("""
                UPDATE indicator SET name_zh = ?, name_en = ?, unit = ?, periodicity = ?, plan_area = ?,
                aggregation = ?, numerator_code = ?, denominator_code = ?, weight_code = ?, scale = ?, direction = ?,
                minimum = ?, maximum = ?, status = ?, version = ?, changed_at = ?, changed_by = ?,
                changed_by_person = ? WHERE code = ? AND version = ?""",
                d.nameZh(), d.nameEn(), d.unit(), d.periodicity().name(), d.planArea().name(), rule.method().name(),
                rule.numerator(), rule.denominator(), rule.weight(), rule.scale(), d.direction().name(),
                d.minimum(), d.maximum(), indicator.status().name(), indicator.version(),
                indicator.changedAt().atOffset(ZoneOffset.UTC), indicator.changedBy().agency(),
                indicator.changedBy().person(), indicator.code(), expectedVersion);
        if (updated != 1) {
            long current = jdbc.queryForObject("SELECT version FROM indicator WHERE code = ?", Long.class,
                    indicator.code());
            throw new StaleVersionException(expectedVersion, current);
        }
    }

    @Override
    public void appendHistory(HistoryEntry<ChangeType> change, IndicatorSnapshot snapshot) {
        history.append(change, snapshot);
    }

    @Override
    public List<HistoryEntry<ChangeType>> history(String code) {
        return history.of(code);
    }

    @Override
    public List<Indicator> lockUnrecorded() {
        return jdbc.query("SELECT " + COLUMNS + " FROM indicator i WHERE NOT EXISTS "
                + "(SELECT 1 FROM indicator_change c WHERE c.indicator_code = i.code) ORDER BY code FOR UPDATE",
                JdbcIndicators::indicator);
    }

    private static Indicator indicator(ResultSet rs, int row) throws SQLException {
        AggregationRule rule = new AggregationRule(AggregationMethod.valueOf(rs.getString("aggregation")),
                rs.getString("numerator_code"), rs.getString("denominator_code"), rs.getString("weight_code"),
                rs.getBigDecimal("scale"));
        IndicatorDefinition definition = new IndicatorDefinition(rs.getString("name_zh"), rs.getString("name_en"),
                rs.getString("unit"), Periodicity.valueOf(rs.getString("periodicity")),
                PlanArea.valueOf(rs.getString("plan_area")), rule, Direction.valueOf(rs.getString("direction")),
                rs.getBigDecimal("minimum"), rs.getBigDecimal("maximum"));
        return new Indicator(rs.getString("code"), definition, IndicatorStatus.valueOf(rs.getString("status")),
                rs.getLong("version"), rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                new Actor(rs.getString("changed_by"), rs.getString("changed_by_person")));
    }
}
