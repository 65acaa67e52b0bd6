package zone.xianggan.indicators.reporting.application;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reports are taken.
 *
 * @param maxBatchRows the most values one request may carry
 * @param timeZone     where the zone is: a period has begun when it has begun there
 */
@ConfigurationProperties("zone.indicators")
public record ReportingProperties(@DefaultValue("25000") int maxBatchRows,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
