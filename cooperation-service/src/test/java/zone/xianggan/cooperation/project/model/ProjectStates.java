package zone.xianggan.cooperation.project.model;

import java.time.Instant;
import java.time.LocalDate;

import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.plan.Province;

/**
 * Projects for tests, brought to a state the way agencies bring them there: proposed by the zone office, decided
 * by the provinces' DRCs, moved through their workflow by the zone office. The first unit leads.
 */
public final class ProjectStates {

    public static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final Actor ZONE_OFFICE = new Actor("zone-office", null);
    private static final Actor HUNAN_DRC = new Actor("hunan-drc", null);
    private static final Actor JIANGXI_DRC = new Actor("jiangxi-drc", null);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private ProjectStates() {
    }

    /** Version 1. */
    public static Project proposed(String id, String... counties) {
        return Project.propose(id, Proposals.of(counties), ZONE_OFFICE, AT).project();
    }

    /** Version 4: both provinces approve every project of the zone, even one of a single province. */
    public static Project approved(String id, String... counties) {
        Project project = proposed(id, counties);
        for (Province province : Province.values()) {
            project = project.decide(province, Decision.APPROVE, null, drcOf(province), AT).getLast().project();
        }
        return project;
    }

    public static Project started(String id, String... counties) {
        return approved(id, counties).transition(ProjectStatus.IN_PROGRESS, null, null, TODAY, ZONE_OFFICE, AT)
                .project();
    }

    public static Project rejected(String id, String... counties) {
        Project project = proposed(id, counties);
        Province first = project.proposal().provinces().iterator().next();
        return project.decide(first, Decision.REJECT, "not in this year's plan", drcOf(first), AT).getLast()
                .project();
    }

    public static Project cancelled(String id, String... counties) {
        return proposed(id, counties).transition(ProjectStatus.CANCELLED, "withdrawn", null, TODAY, ZONE_OFFICE, AT)
                .project();
    }

    private static Actor drcOf(Province province) {
        return province == Province.HUNAN ? HUNAN_DRC : JIANGXI_DRC;
    }
}
