package zone.xianggan.indicators.reporting.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import zone.xianggan.indicators.reporting.model.Sources;
import zone.xianggan.indicators.reporting.model.ValueRevision;

/**
 * A value as agencies read it: its key, figure and revision, who reported it, when, from which source, and whether
 * that source is synthetic sample data.
 *
 * @param reportedBy    the agency that reported it (its id)
 * @param person        the person acting for that agency, where it named one ({@code X-Actor}); absent otherwise
 * @param previousValue in a history, the value this revision replaced
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ValueView(String countyCode, String indicatorCode, String period, BigDecimal value, int revision, String note,
        String source, boolean synthetic, String reportedBy, String person, Instant reportedAt, String reason,
        BigDecimal previousValue) {

    static ValueView of(ValueRevision revision) {
        return new ValueView(revision.key().countyCode(), revision.key().indicatorCode(),
                revision.key().period().toString(), revision.value(), revision.revision(), revision.note(),
                revision.source(), Sources.isSynthetic(revision.source()), revision.reportedBy().agency(),
                revision.reportedBy().person(), revision.reportedAt(), revision.reason(), revision.previousValue());
    }
}
