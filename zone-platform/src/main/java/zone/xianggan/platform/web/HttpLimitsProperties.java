package zone.xianggan.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may carry.
 *
 * @param maxBodySize the longest body any endpoint takes, unless it is a {@link LargerBody}: a longer one is
 *                    refused with 413 before it is read (by its Content-Length) or as soon as it passes the limit
 *                    (a chunked body)
 */
@ConfigurationProperties("zone.http")
public record HttpLimitsProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
