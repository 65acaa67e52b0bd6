package zone.xianggan.platform.web;

import tools.jackson.core.JacksonException;

/** What Jackson's own refusals of a body mean for the field they name. */
final class JsonProblems {

    private static final String DUPLICATE = "Duplicate Object property \"";

    private JsonProblems() {
    }

    /**
     * The property a body named twice in one object ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}), or
     * null: Jackson says which only in its message.
     */
    static String duplicateProperty(JacksonException jackson) {
        String message = jackson.getOriginalMessage();
        if (message == null || !message.startsWith(DUPLICATE)) {
            return null;
        }
        int end = message.indexOf('"', DUPLICATE.length());
        return end < 0 ? null : message.substring(DUPLICATE.length(), end);
    }
}
