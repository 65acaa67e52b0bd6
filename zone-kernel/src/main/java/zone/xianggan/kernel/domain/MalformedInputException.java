package zone.xianggan.kernel.domain;

import java.util.List;

/** The input does not have the required form (a code that is not six digits, a period that is no period): 400. */
public final class MalformedInputException extends InputRejectedException {

    public MalformedInputException(List<Violation> violations) {
        super("malformed input", violations);
    }

    public MalformedInputException(Violation violation) {
        this(List.of(violation));
    }
}
