package zone.xianggan.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;

/**
 * Gives a list endpoint the {@link PageRequest} its caller asks for, the same way in every service: query parameters
 * {@code limit} (1 to {@value PageRequest#MAX_LIMIT}, default {@value PageRequest#DEFAULT_LIMIT}) and {@code cursor}
 * (opaque: the one a {@code Link: <…>; rel="next"} header gave). Anything else is refused (400) naming the parameter.
 */
public class PageArguments extends ControllerArguments<PageRequest> {

    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";
    private static final int MAX_CURSOR_LENGTH = 600;

    PageArguments() {
        super(PageRequest.class);
    }

    @Override
    PageRequest read(NativeWebRequest request, MethodParameter parameter) {
        return new PageRequest(limit(request.getParameter(LIMIT)), after(request.getParameter(CURSOR)));
    }

    static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        String text = raw.strip();
        int limit = -1;
        if (text.length() <= 4 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            limit = Integer.parseInt(text);
        }
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new MalformedInputException(Violation.of(LIMIT, "must be a whole number from 1 to "
                    + PageRequest.MAX_LIMIT + " (the most items one response holds; default "
                    + PageRequest.DEFAULT_LIMIT + ")", raw));
        }
        return limit;
    }

    /** The key a cursor carries. */
    static String after(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (cursor.length() <= MAX_CURSOR_LENGTH) {
            try {
                String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                if (!key.isEmpty() && cursor(key).equals(cursor)) {
                    return key;
                }
            } catch (IllegalArgumentException notBase64) {
                // refused below
            }
        }
        throw new MalformedInputException(Violation.of(CURSOR, "is not a cursor this service gave: pass the one "
                + "of a Link header's rel=\"next\" as it is, or none for the first items", cursor));
    }

    /** The cursor that carries {@code key}: opaque to the caller. */
    static String cursor(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
