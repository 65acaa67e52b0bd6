package zone.xianggan.platform.domain;

/** Why a change was made, as a history shows it: the {@code reason} of a request. */
public final class Reason {

    private static final int MAX_LENGTH = 500;

    private Reason() {
    }

    public static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        return required(reason);
    }

    public static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Violation.of("reason", "is required: say why, for the record"));
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidInputException(Violation.of("reason", "must be at most " + MAX_LENGTH + " characters"));
        }
        return stripped;
    }
}
