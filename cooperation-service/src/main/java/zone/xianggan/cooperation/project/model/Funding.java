package zone.xianggan.cooperation.project.model;

import java.math.BigDecimal;

/** Planned investment from one source, in yuan, to the fen. */
public record Funding(FundingSource source, BigDecimal amount) {
}
