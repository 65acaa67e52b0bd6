package zone.xianggan.platform.history;

/**
 * The columns of the subject, of the acting agency and of the person acting for it, and whether there is a
 * {@code snapshot} column; the others are {@code version, change_type, changed_at, reason} and {@code changes}.
 */
public record HistoryColumns(String subject, String agency, String person, boolean snapshot) {

    /** The subject's column, {@code actor} and {@code person}, and a snapshot column. */
    public static HistoryColumns withSnapshot(String subject) {
        return new HistoryColumns(subject, "actor", "person", true);
    }
}
