package zone.xianggan.platform.web;

import org.springframework.util.unit.DataSize;

/**
 * An endpoint that takes a larger body than {@code zone.http.max-body-size}: a service declares one as a bean, e.g.
 * for its batch and CSV uploads. {@code path} is matched exactly, for every method.
 */
public record LargerBody(String path, DataSize limit) {
}
