package zone.xianggan.kernel.domain;

import java.util.List;

/**
 * The caller is who it says, but the zone's rules do not let it do this: 403, naming the rule, and for a batch the
 * rows it may not write. Nothing of the request was written.
 */
public class NotPermittedException extends RuntimeException {

    private final List<Violation> violations;

    public NotPermittedException(String rule) {
        this(rule, List.of());
    }

    public NotPermittedException(String rule, List<Violation> violations) {
        super(rule);
        this.violations = List.copyOf(violations);
    }

    public String rule() {
        return getMessage();
    }

    public List<Violation> violations() {
        return violations;
    }
}
