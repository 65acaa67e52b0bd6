package zone.xianggan.platform.domain;

import java.util.List;

/** An input refused for the listed reasons; nothing of it was written. */
public abstract sealed class InputRejectedException extends RuntimeException
        permits MalformedInputException, InvalidInputException {

    private final List<Violation> violations;

    protected InputRejectedException(String message, List<Violation> violations) {
        super(message);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
