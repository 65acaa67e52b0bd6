package zone.xianggan.kernel.domain;

import java.util.Map;

/**
 * The request clashes with the resource's current state (it already exists, it is retired, the transition is not
 * allowed from here): 409. The details are shown to the caller, e.g. {@code allowed} for a workflow.
 */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> details;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }
}
