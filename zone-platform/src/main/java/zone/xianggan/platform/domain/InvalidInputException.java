package zone.xianggan.platform.domain;

import java.util.List;

/** The input is well-formed but breaks a rule of the domain: 422. */
public final class InvalidInputException extends InputRejectedException {

    public InvalidInputException(List<Violation> violations) {
        super("invalid input", violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }
}
