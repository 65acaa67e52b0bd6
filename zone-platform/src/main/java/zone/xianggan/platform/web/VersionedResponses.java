package zone.xianggan.platform.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/**
 * A versioned resource in an answer: its version goes out as the ETag that a change sends back as {@code If-Match}
 * ({@link IfMatch}), so that no agency overwrites a change it has not seen.
 */
public final class VersionedResponses {

    private VersionedResponses() {
    }

    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Long.toString(version)).body(body);
    }

    /** 201 with the new resource's address and its first version. */
    public static <T> ResponseEntity<T> created(URI location, long version, T body) {
        return ResponseEntity.created(location).eTag(Long.toString(version)).body(body);
    }
}
