package zone.xianggan.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.context.request.NativeWebRequest;

import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.platform.security.AgencyAuthentication;

/**
 * Gives a controller the {@link Caller}: the agency its token names, and the person acting for it as the optional
 * {@code X-Actor} header names them. The header is only ever a person's name within that agency: whatever it says,
 * the change is the token's agency's.
 */
public class CallerArguments extends ControllerArguments<Caller> {

    public static final String ACTOR_HEADER = "X-Actor";
    private static final int MAX_PERSON_LENGTH = 120;

    CallerArguments() {
        super(Caller.class);
    }

    @Override
    Caller read(NativeWebRequest request, MethodParameter parameter) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof AgencyAuthentication agency)) {
            // The filter chain lets no unauthenticated request through to /api/v1; reaching here is a wiring fault.
            throw new IllegalStateException("no authenticated agency for " + parameter.getExecutable());
        }
        String header;
        try {
            header = request.getHeader(ACTOR_HEADER);
        } catch (RequestRejectedException notPrintable) {
            // Spring Security's firewall checks a header's characters only when it is read.
            throw new MalformedInputException(Violation.of(ACTOR_HEADER,
                    "names the person acting for your agency in printable characters"));
        }
        return new Caller(agency.agency(), person(header));
    }

    /** The person named in {@code X-Actor}, or null; a name that is too long or not printable is refused (400). */
    static String person(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String person = header.strip();
        if (person.length() > MAX_PERSON_LENGTH || !person.codePoints().allMatch(CallerArguments::printable)) {
            throw new MalformedInputException(Violation.of(ACTOR_HEADER,
                    "names the person acting for your agency: at most " + MAX_PERSON_LENGTH + " printable characters",
                    person));
        }
        return person;
    }

    private static boolean printable(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }
}
