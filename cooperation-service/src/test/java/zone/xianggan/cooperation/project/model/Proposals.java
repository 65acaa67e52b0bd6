package zone.xianggan.cooperation.project.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.plan.PlanArea;

/** Proposals for tests: the first unit leads, the others are partners. */
public final class Proposals {

    private Proposals() {
    }

    public static Proposal of(String... counties) {
        return withFunding(List.of(new Funding(FundingSource.CENTRAL_BUDGET, new BigDecimal("1000000.00")),
                new Funding(FundingSource.LOCAL_BUDGET, new BigDecimal("500000.50"))), null, counties);
    }

    public static Proposal withFunding(List<Funding> funding, BigDecimal statedTotal, String... counties) {
        return inArea(PlanArea.INFRASTRUCTURE_CONNECTIVITY, funding, statedTotal, counties);
    }

    public static Proposal inArea(PlanArea area, String... counties) {
        return inArea(area, List.of(new Funding(FundingSource.CENTRAL_BUDGET, new BigDecimal("1000000.00"))), null,
                counties);
    }

    private static Proposal inArea(PlanArea area, List<Funding> funding, BigDecimal statedTotal,
            String... counties) {
        List<Proposal.ParticipantInput> units = new ArrayList<>();
        for (int i = 0; i < counties.length; i++) {
            units.add(new Proposal.ParticipantInput(new CountyCode(counties[i]),
                    i == 0 ? ParticipantRole.LEAD : ParticipantRole.PARTNER));
        }
        return Proposal.of(new Proposal.Draft("城际公交", "Intercity bus", "开通城际公交", "An intercity bus line",
                area, units, null, null, funding, statedTotal,
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31),
                List.of(new Proposal.MilestoneInput("Route agreed", LocalDate.of(2026, 6, 30))),
                List.of(new Proposal.OutcomeInput("BUS_LINES", List.of(), BigDecimal.valueOf(2), Period.year(2025),
                        BigDecimal.valueOf(6), Period.year(2027)))));
    }
}
