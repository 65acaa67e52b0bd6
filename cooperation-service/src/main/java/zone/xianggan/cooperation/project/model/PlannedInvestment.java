package zone.xianggan.cooperation.project.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.Violation;

/**
 * A project's planned investment in CNY, split by funding source (IATI budget). Amounts are yuan with at most two
 * decimals (fen), never negative; the total is always the sum of the sources, never stored apart from them.
 */
public record PlannedInvestment(List<Funding> bySource) {

    public static final String CURRENCY = "CNY";

    public PlannedInvestment {
        bySource = List.copyOf(bySource);
    }

    public static final PlannedInvestment NONE = new PlannedInvestment(List.of());

    /**
     * Checks the sources as sent ({@code field} names them) and, if the sender stated a total, that it is their sum.
     */
    public static PlannedInvestment of(String field, List<Funding> sources, BigDecimal statedTotal,
            List<Violation> violations) {
        Set<FundingSource> seen = EnumSet.noneOf(FundingSource.class);
        List<Funding> checked = SentItems.read(field + ".bySource", sources, violations, (at, number, funding) -> {
            if (funding.source() == null) {
                violations.add(Violation.of(at + ".source", "is required: one of " + List.of(FundingSource.values())));
            } else if (!seen.add(funding.source())) {
                violations.add(Violation.of(at + ".source", "appears twice: give each source once, with its whole "
                        + "amount", funding.source()));
            }
            BigDecimal amount = amount(at + ".amount", funding.amount(), violations);
            return amount != null && funding.source() != null ? new Funding(funding.source(), amount) : null;
        });
        PlannedInvestment investment = new PlannedInvestment(checked);
        statedTotal = Decimals.check(field + ".total", statedTotal, Decimals.Kind.MONEY, violations);
        if (statedTotal != null && checked.size() == sources.size()
                && statedTotal.compareTo(investment.total()) != 0) {
            violations.add(Violation.of(field + ".total", "must be the sum of the sources, "
                    + investment.total().toPlainString() + " yuan; leave it out to have it computed", statedTotal));
        }
        return investment;
    }

    public BigDecimal total() {
        return bySource.stream().map(Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal amount(String field, BigDecimal amount, List<Violation> violations) {
        if (amount == null) {
            violations.add(Violation.of(field, "is required: yuan, e.g. 1500000.00"));
            return null;
        }
        if (amount.signum() < 0) {
            violations.add(Violation.of(field, "may not be negative", amount));
            return null;
        }
        // NUMERIC(18, 2): yuan to the fen, up to ten thousand billion, far above any project of the zone.
        BigDecimal yuan = Decimals.check(field, amount, Decimals.Kind.MONEY, violations);
        return yuan == null ? null : yuan.setScale(2, RoundingMode.UNNECESSARY);
    }
}
