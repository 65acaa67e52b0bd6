package zone.xianggan.identity.agency.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.assertj.core.api.RecursiveComparisonAssert;

import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.testsupport.slice.Callers;

/** What a change of the zone office's leaves behind, as the tests of the use cases look at it. */
final class Recorded {

    private Recorded() {
    }

    /** The agency's one history entry, to be compared but for the fields it shows changed. */
    static RecursiveComparisonAssert<?> theOnlyEntryOf(InMemoryAgencies agencies, String id) {
        return assertThat(agencies.history(id)).singleElement().usingRecursiveComparison().ignoringFields("changes");
    }

    /** An entry of a change the zone office made, its planner acting for it. */
    static HistoryEntry<ChangeType> byTheZoneOffice(String id, long version, ChangeType type, Instant at,
            String reason) {
        return new HistoryEntry<>(id, version, type, Callers.ZONE_OFFICE.actor(), at, reason, Map.of());
    }

    /** The agency as it was, with no history entry of a change and no change announced. */
    static void nothingWritten(InMemoryAgencies agencies, RecordingEvents events, AgencyAccount asItWas) {
        assertThat(agencies.find(asItWas.id())).contains(asItWas);
        assertThat(agencies.history(asItWas.id())).isEmpty();
        assertThat(events.published()).isEmpty();
    }
}
