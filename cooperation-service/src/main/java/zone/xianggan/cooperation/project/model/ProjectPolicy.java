package zone.xianggan.cooperation.project.model;

import java.util.Collection;
import java.util.List;

import zone.xianggan.kernel.access.Agency;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.plan.Province;

/**
 * Who may change the zone's cooperation projects, deny by default:
 * <ul>
 * <li>a project is proposed by the agency of one of its participating units, by a provincial DRC (either) or by the
 * zone office, each with scope {@code projects.propose};</li>
 * <li>a province's decision on a project is taken by that province's DRC alone, with scope
 * {@code projects.decide};</li>
 * <li>a project is carried out (moved through its workflow, its milestones recorded, its review flags resolved) by
 * the agency of one of its units, the DRC of one of its provinces or the zone office, with scope
 * {@code projects.propose}.</li>
 * </ul>
 * Review flags are raised by the zone itself, when the registry retires a unit; no agency raises one.
 */
public final class ProjectPolicy {

    private ProjectPolicy() {
    }

    /** Whether {@code agency} may propose a project in which {@code participants} take part. */
    public static void requireMayPropose(Agency agency, Collection<CountyCode> participants) {
        boolean proposer = agency.is(AgencyKind.ZONE_OFFICE) || agency.is(AgencyKind.PROVINCIAL_DRC)
                || participants.stream().anyMatch(unit -> agency.isAgencyOfUnit(unit.value()));
        if (!proposer || !agency.has(Scope.PROJECTS_PROPOSE)) {
            String units = participants.isEmpty() ? ""
                    : " (here " + String.join(", ", participants.stream().map(CountyCode::value).toList()) + ")";
            throw new NotPermittedException("a project is proposed by the agency of one of its participating units"
                    + units + ", a provincial DRC or the zone office (scope projects.propose)");
        }
    }

    /** Whether {@code agency} may approve or reject a project for {@code province}. */
    public static void requireMayDecide(Agency agency, Province province) {
        if (!agency.isDrcOf(province.code()) || !agency.has(Scope.PROJECTS_DECIDE)) {
            throw new NotPermittedException("province " + province.code() + " (" + province.nameEn() + ") decides on "
                    + "projects through its DRC alone (scope projects.decide)");
        }
    }

    /**
     * Whether {@code agency} may carry out {@code project}: start, suspend, resume, complete or cancel it, record its
     * milestones, resolve its review flags.
     */
    public static void requireMayCarryOut(Agency agency, Project project) {
        Proposal proposal = project.proposal();
        boolean involved = agency.is(AgencyKind.ZONE_OFFICE)
                || proposal.participants().stream().anyMatch(p -> agency.isAgencyOfUnit(p.county().value()))
                || proposal.provinces().stream().anyMatch(p -> agency.isDrcOf(p.code()));
        if (!involved || !agency.has(Scope.PROJECTS_PROPOSE)) {
            List<String> units = proposal.participants().stream().map(p -> p.county().value()).toList();
            List<String> provinces = proposal.provinces().stream().map(Province::code).toList();
            throw new NotPermittedException("project " + project.id() + " is carried out (its status, milestones "
                    + "and review flags) by the agency of one of its units (" + String.join(", ", units)
                    + "), the DRC of one of its provinces (" + String.join(", ", provinces)
                    + ") or the zone office (scope projects.propose)");
        }
    }
}
