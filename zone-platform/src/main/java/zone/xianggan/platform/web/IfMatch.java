package zone.xianggan.platform.web;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;

/**
 * The version a caller read, as it sends it back in {@code If-Match}; responses carry it as {@code ETag: "<version>"}.
 * A controller takes it as an argument and reads {@link #version()} where its rules put it: an agency without the
 * right is refused 403 before its missing header is 428.
 *
 * @param header the header as sent; null if none
 */
public record IfMatch(String header) {

    public static final String HEADER = "If-Match";

    /** The expected version; a missing header is 428, one that names no version 400. */
    public long version() {
        return requireVersion(header);
    }

    /** The expected version, or null where the header is not sent (a change that may be made without it). */
    public Long versionIfSent() {
        return header == null ? null : requireVersion(header);
    }

    private static long requireVersion(String header) {
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
