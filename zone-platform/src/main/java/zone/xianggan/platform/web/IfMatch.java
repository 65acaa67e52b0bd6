package zone.xianggan.platform.web;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;

/** Reads the version a caller expects from {@code If-Match}; responses carry it as {@code ETag: "<version>"}. */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** The expected version; a missing header is 428, one that names no version 400. */
    public static long requireVersion(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new MalformedInputException(Violation.of(HEADER, "must be the ETag you read, e.g. \"3\"", header));
    }
}
