package zone.xianggan.kernel.domain;

import java.util.ArrayList;
import java.util.List;

/** Why a change was made, as a history shows it: the {@code reason} of a request, free text ({@link Text}). */
public final class Reason {

    public static final int MAX_LENGTH = 500;
    private static final String FIELD = "reason";

    private Reason() {
    }

    public static String optional(String reason) {
        return Text.optional(FIELD, reason, MAX_LENGTH, Text.Lines.MANY);
    }

    public static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Violation.of(FIELD, "is required: say why, for the record"));
        }
        List<Violation> violations = new ArrayList<>(1);
        String checked = Text.check(FIELD, reason, MAX_LENGTH, Text.Lines.MANY, true, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return checked;
    }
}
