package zone.xianggan.indicators.reporting.application;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How reports are taken.
 *
 * @param maxBatchRows  the most values one request may carry: reading a batch or an upload stops at the row after
 * @param timeZone      where the zone is: a period has begun when it has begun there
 * @param maxUploadSize the longest body of a batch ({@code POST /api/v1/values}) or a CSV upload
 *                      ({@code POST /api/v1/values/import}); every other endpoint takes {@code zone.http.max-body-size}
 */
@ConfigurationProperties("zone.indicators")
public record ReportingProperties(@DefaultValue("25000") int maxBatchRows,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("16MB") DataSize maxUploadSize) {
}
