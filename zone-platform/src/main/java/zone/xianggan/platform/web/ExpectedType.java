package zone.xianggan.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;

/** Says what a value should have been, in the caller's terms rather than Java's. */
final class ExpectedType {

    private ExpectedType() {
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date, e.g. 2026-11-28";
        }
        if (type == Instant.class || type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return "a date and time, e.g. 2026-11-28T10:00:00Z";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == int.class
                || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }
}
