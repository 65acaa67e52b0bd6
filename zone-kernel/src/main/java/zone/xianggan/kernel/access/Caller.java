package zone.xianggan.kernel.access;

import java.util.Objects;

/**
 * Who is asking, with what rights: the authenticated agency and, where it names one, the person acting for it. A
 * use case checks its policy against the agency and records the change as {@link #actor()}.
 */
public record Caller(Agency agency, String person) {

    public Caller {
        Objects.requireNonNull(agency, "agency");
    }

    public Actor actor() {
        return new Actor(agency.id(), person);
    }
}
