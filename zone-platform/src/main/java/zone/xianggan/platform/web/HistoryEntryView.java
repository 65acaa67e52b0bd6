package zone.xianggan.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;

import zone.xianggan.kernel.change.FieldChange;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.PageRequest;

/**
 * One change as a history answers it, the same in every service: the version it produced, what kind of change, who
 * made it (the agency, and the person acting for it where it named one), when, why, and each field before and after.
 */
public record HistoryEntryView(long version, String changeType, String actor, String person, Instant changedAt,
        String reason, Map<String, FieldChange> changes) {

    public static HistoryEntryView of(HistoryEntry<?> entry) {
        return new HistoryEntryView(entry.version(), entry.type().name(), entry.actor().agency(),
                entry.actor().person(), entry.at(), entry.reason(), entry.changes());
    }

    /** The part of a history, oldest first, that {@code page} asks for; paged by version. */
    public static ResponseEntity<List<HistoryEntryView>> page(List<? extends HistoryEntry<?>> history,
            PageRequest page) {
        return Pages.of(history.stream().map(HistoryEntryView::of).toList(), entry -> Long.toString(entry.version()),
                page);
    }
}
