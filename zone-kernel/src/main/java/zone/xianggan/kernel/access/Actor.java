package zone.xianggan.kernel.access;

import java.util.Objects;

/**
 * Who a change is recorded as having been made by: the authenticated agency, and the person acting for it where
 * the agency named one ({@code X-Actor}), or the zone itself ({@link #system(String)}), which no caller can be.
 */
public record Actor(String agency, String person) {

    private static final String SYSTEM_PREFIX = "system:";

    public Actor {
        Objects.requireNonNull(agency, "agency");
    }

    /** The zone acting on its own (seeding, say): a name no agency id can take, since agency ids have no colon. */
    public static Actor system(String what) {
        return new Actor(SYSTEM_PREFIX + what, null);
    }

    public boolean isSystem() {
        return agency.startsWith(SYSTEM_PREFIX);
    }

    /** {@code agency/person}, or the agency alone: for log lines and messages. */
    public String describe() {
        return person == null ? agency : agency + "/" + person;
    }
}
