package zone.xianggan.registry.layout.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.change.Versioned;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Reason;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.registry.county.application.Counties;
import zone.xianggan.registry.county.application.CountyChanges;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.Membership;
import zone.xianggan.registry.layout.model.LayoutPolicy;
import zone.xianggan.registry.layout.model.MembershipChange;
import zone.xianggan.registry.layout.model.SpatialElement;

/**
 * The zone office sets which active units belong to a spatial element (where the plan names none, say, or after
 * an administrative change). Each unit that joins or leaves gets a new version and publishes its snapshot.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangingMembers {

    private final SpatialElements elements;
    private final Counties counties;
    private final CountyChanges countyChanges;
    private final Clock clock;

    @Transactional
    public ElementWithMembers setMembers(String elementId, long expectedVersion, List<String> requested, Caller caller,
            String reason) {
        LayoutPolicy.requireMayChangeMembers(caller.agency());
        Set<CountyCode> wanted = wellFormed(requested);
        String why = Reason.required(reason);
        SpatialElement element = Versioned.requireAt(elements.lock(elementId), "spatial element", elementId,
                expectedVersion);
        Map<CountyCode, County> all = counties.findAll().stream()
                .collect(Collectors.toMap(County::code, Function.identity()));
        requireJoinable(requested, all, elementId);

        Set<CountyCode> current = all.values().stream().filter(c -> c.isActive() && c.isMemberOf(elementId))
                .map(County::code).collect(Collectors.toSet());
        Set<CountyCode> joining = new TreeSet<>(wanted);
        joining.removeAll(current);
        Set<CountyCode> leaving = new TreeSet<>(current);
        leaving.removeAll(wanted);
        if (joining.isEmpty() && leaving.isEmpty()) {
            return ReadingLayout.withMembers(element, List.copyOf(all.values()));
        }

        Instant now = clock.instant();
        Set<CountyCode> affected = new TreeSet<>(joining);
        affected.addAll(leaving);
        for (CountyCode code : affected) {
            County county = counties.lock(code).orElseThrow();
            Set<Membership> memberships = new HashSet<>(county.memberships());
            memberships.removeIf(m -> m.elementId().equals(elementId));
            if (joining.contains(code)) {
                memberships.add(new Membership(elementId, element.isCityCluster()));
            }
            county.withMemberships(memberships, now, caller.actor())
                    .ifPresent(revision -> countyChanges.record(revision, county.version(), why));
        }
        SpatialElement updated = element.nextVersion(now);
        elements.update(updated, expectedVersion);
        elements.appendHistory(new MembershipChange(elementId, updated.version(), caller.actor(), now, why,
                codes(joining), codes(leaving)));
        return ReadingLayout.withMembers(updated, counties.findAll());
    }

    private static Set<CountyCode> wellFormed(List<String> requested) {
        if (requested == null) {
            throw new InvalidInputException(Violation.of("members", "is required: the codes of the member units"));
        }
        List<Violation> malformed = new ArrayList<>();
        Set<CountyCode> codes = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String raw = requested.get(i);
            if (raw == null) {
                malformed.add(Violation.of("members[" + i + "]", CountyCode.reason(), null));
            }
            CountyCode code = CountyCode.read("members[" + i + "]", raw, malformed);
            if (code != null) {
                codes.add(code);
            }
        }
        if (!malformed.isEmpty()) {
            throw new MalformedInputException(malformed);
        }
        return codes;
    }

    private static void requireJoinable(List<String> requested, Map<CountyCode, County> all, String elementId) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String raw = requested.get(i);
            County county = all.get(new CountyCode(raw));
            if (!seen.add(raw)) {
                violations.add(Violation.of("members[" + i + "]", "is listed twice", raw));
            } else if (county == null) {
                violations.add(Violation.of("members[" + i + "]", "no unit " + raw + " in the registry", raw));
            } else if (!county.isActive()) {
                violations.add(Violation.of("members[" + i + "]", "unit " + raw + " is retired and cannot join "
                        + elementId, raw));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static List<String> codes(Set<CountyCode> codes) {
        return codes.stream().map(CountyCode::value).toList();
    }
}
