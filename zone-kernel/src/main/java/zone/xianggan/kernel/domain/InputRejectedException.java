package zone.xianggan.kernel.domain;

import java.util.List;
import java.util.Map;

/** An input refused for the listed reasons; nothing of it was written. */
public abstract sealed class InputRejectedException extends RuntimeException
        permits MalformedInputException, InvalidInputException {

    private final List<Violation> violations;
    private final Map<String, Object> details;

    protected InputRejectedException(String message, List<Violation> violations) {
        this(message, violations, Map.of());
    }

    protected InputRejectedException(String message, List<Violation> violations, Map<String, Object> details) {
        super(message);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one violation");
        }
        this.violations = List.copyOf(violations);
        this.details = Map.copyOf(details);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** More the caller is shown beside the violations, e.g. the summary of a rejected import. */
    public Map<String, Object> details() {
        return details;
    }
}
