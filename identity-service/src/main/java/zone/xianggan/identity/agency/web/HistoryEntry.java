package zone.xianggan.identity.agency.web;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import zone.xianggan.identity.agency.model.AgencyChange;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.identity.agency.model.FieldChange;

/** One change of an agency: who made it (the agency, and the person it named), when, why, what changed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HistoryEntry(
        long version,
        ChangeType type,
        @Schema(description = "The authenticated agency that made the change, or system:seed") String agency,
        @Schema(description = "The person acting for that agency, as its X-Actor header named them") String person,
        Instant at,
        String reason,
        Map<String, FieldChange> changes) {

    static HistoryEntry of(AgencyChange change) {
        return new HistoryEntry(change.version(), change.type(), change.actor().agency(), change.actor().person(),
                change.at(), change.reason(), change.changes());
    }
}
