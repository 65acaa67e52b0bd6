package zone.xianggan.kernel.domain;

import java.util.List;
import java.util.Map;

/** The input is well-formed but breaks a rule of the domain: 422. */
public final class InvalidInputException extends InputRejectedException {

    public InvalidInputException(List<Violation> violations) {
        super("invalid input", violations);
    }

    /** Refused, with {@code details} shown in the problem beside the violations (each a top-level property). */
    public InvalidInputException(List<Violation> violations, Map<String, Object> details) {
        super("invalid input", violations, details);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }
}
