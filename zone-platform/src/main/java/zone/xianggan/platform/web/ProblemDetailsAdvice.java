package zone.xianggan.platform.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InputRejectedException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;

/**
 * Turns every refusal into an RFC 9457 problem detail that names the offending field or row
 * ({@code errors[].field}, {@code errors[].row}). Nothing here writes: a refused request has written nothing.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final int MAX_ECHOED_LENGTH = 200;

    @ExceptionHandler(InputRejectedException.class)
    ResponseEntity<Object> rejected(InputRejectedException ex) {
        HttpStatus status = ex instanceof MalformedInputException ? HttpStatus.BAD_REQUEST
                : HttpStatus.UNPROCESSABLE_CONTENT;
        String title = status == HttpStatus.BAD_REQUEST ? "Malformed request" : "Invalid request";
        ResponseEntity<Object> response = problem(status, title, summary(ex.violations()), ex.violations());
        if (response.getBody() instanceof ProblemDetail body) {
            ex.details().forEach(body::setProperty);
        }
        return response;
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<Object> notPermitted(NotPermittedException ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.rule());
        body.setTitle("Not permitted");
        body.setProperty("rule", ex.rule());
        if (!ex.violations().isEmpty()) {
            body.setProperty("errors", ex.violations().stream().map(ProblemDetailsAdvice::asMap).toList());
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
    }

    /** Spring Security's firewall checks a header's characters only when the header is read: a bad one is 400. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejectedByFirewall(RequestRejectedException ex) {
        Violation violation = Violation.of("headers", "contain characters no zone API accepts");
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", summary(List.of(violation)), List.of(violation));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        body.setTitle("Not found");
        body.setProperty("resource", ex.resource());
        body.setProperty("id", ex.id());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        body.setTitle("Conflict");
        ex.details().forEach(body::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                ex.getMessage() + ": read it again and reapply your change");
        body.setTitle("Stale version");
        body.setProperty("field", IfMatch.HEADER);
        body.setProperty("currentVersion", ex.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(Long.toString(ex.current())).body(body);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<Object> preconditionRequired(PreconditionRequiredException ex) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", ex.getMessage(),
                List.of(Violation.of(IfMatch.HEADER, ex.getMessage())));
    }

    /**
     * What the database refused: a duplicate (a unique or foreign key: data stored meanwhile) is a conflict, 409; a
     * value it cannot hold (class 22: too long, a numeric overflow, an invalid date; or a null or check constraint) is
     * the request's fault, 422, naming the column where the database says which. The rules check every field before
     * a write, so this is a backstop: never a 409 or a 500 for a data error.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Object> database(DataAccessException ex) {
        String state = SqlStates.of(ex);
        if (SqlStates.isDataError(state)) {
            log.warn("Refused a write the database could not hold ({}): {}", state,
                    ex.getMostSpecificCause().getMessage());
            Violation violation = Violation.of(SqlStates.column(ex), "is a value the database cannot hold (too "
                    + "long, too large or out of range)");
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", summary(List.of(violation)),
                    List.of(violation));
        }
        if (ex instanceof DataIntegrityViolationException) {
            log.info("Refused a write that conflicts with stored data: {}", ex.getMostSpecificCause().getMessage());
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "the change conflicts with data stored meanwhile; read again and retry");
            body.setTitle("Conflict");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        return unexpected(ex);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException ex) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(BodySizeLimit.problem(ex.limit()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the service failed unexpectedly; nothing of this request was written");
        body.setTitle("Internal error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        InputRejectedException rejected = rejectedWhileReading(ex);
        if (rejected != null) {
            return rejected(rejected);
        }
        Violation violation = unreadable(ex);
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", summary(List.of(violation)), List.of(violation));
    }

    /**
     * A body sent as a type this endpoint does not read: 415, naming Content-Type and what it takes. A Content-Type
     * Spring could not parse has no type to compare: most often it names a charset this JVM does not know (a type the
     * endpoint takes, in a charset it cannot decode), which is said as such rather than as a wrong type.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = ex.getContentType() != null ? ex.getContentType().toString()
                : request.getHeader(HttpHeaders.CONTENT_TYPE);
        String unknownCharset = ex.getContentType() == null ? unknownCharset(sent) : null;
        Violation violation = unknownCharset != null
                ? Violation.of(HttpHeaders.CONTENT_TYPE, "names the charset \"" + unknownCharset + "\", which this "
                        + "service cannot read: send UTF-8 (the default when none is named) or another charset Java "
                        + "knows, e.g. GBK or GB18030", echo(sent))
                : Violation.of(HttpHeaders.CONTENT_TYPE, "must be one of " + ex.getSupportedMediaTypes(), echo(sent));
        ResponseEntity<Object> response = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                summary(List.of(violation)), List.of(violation));
        return ResponseEntity.status(response.getStatusCode()).headers(headers).body(response.getBody());
    }

    /** The charset a Content-Type names if this JVM does not know it; null if it names none or a known one. */
    private static String unknownCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String name = parameter.substring(equals + 1).strip().replace("\"", "");
                try {
                    return Charset.isSupported(name) ? null : name;
                } catch (IllegalCharsetNameException illegal) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * A rule of the zone's broken inside the JSON reader (a number {@link BoundedDecimals} refuses): the rejection,
     * naming the property by the path Jackson tracked rather than the placeholder it was raised with.
     */
    private static InputRejectedException rejectedWhileReading(HttpMessageNotReadableException ex) {
        JacksonException outermost = null;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && outermost == null) {
                outermost = jackson;
            }
            if (t instanceof InputRejectedException rejected) {
                if (outermost == null) {
                    return rejected;
                }
                Violation at = fromJackson(outermost);
                List<Violation> violations = rejected.violations().stream()
                        .map(v -> new Violation(at.field(), at.row(), v.reason(), v.rejectedValue())).toList();
                return rejected instanceof MalformedInputException ? new MalformedInputException(violations)
                        : new InvalidInputException(violations);
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        Violation violation = Violation.of(name, "must be " + ExpectedType.describe(ex.getRequiredType()),
                echo(ex.getValue()));
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", summary(List.of(violation)), List.of(violation));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Violation violation = Violation.of(ex.getParameterName(), "is required");
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", summary(List.of(violation)), List.of(violation));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            Violation violation = Violation.of(missing.getHeaderName(), "header is required");
            return problem(HttpStatus.BAD_REQUEST, "Malformed request", summary(List.of(violation)),
                    List.of(violation));
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Violation.of(error.getField(), error.getDefaultMessage(), echo(error.getRejectedValue())))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", summary(violations), violations);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Violation.of(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage(), echo(result.getArgument()))))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", summary(violations), violations);
    }

    private static Violation unreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return fromJackson(jackson);
            }
        }
        String reason = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
                ? "a request body is required"
                : "cannot be read: " + cause.getClass().getSimpleName();
        return Violation.of("body", reason);
    }

    private static Violation fromJackson(JacksonException jackson) {
        Integer row = null;
        StringBuilder field = new StringBuilder();
        List<JacksonException.Reference> path = jackson.getPath();
        for (int i = 0; i < path.size(); i++) {
            JacksonException.Reference reference = path.get(i);
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                if (i == 0) {
                    row = reference.getIndex() + 1;
                } else {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            }
        }
        String duplicate = JsonLimits.duplicateProperty(jackson);
        if (duplicate != null) {
            field.append(field.isEmpty() ? "" : ".").append(duplicate);
        }
        return new Violation(field.isEmpty() ? "body" : field.toString(), row, reason(jackson), rejected(jackson));
    }

    private static String reason(JacksonException jackson) {
        if (JsonLimits.duplicateProperty(jackson) != null) {
            return "is named twice in one object: send each property once";
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return "is not a known property";
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            return "must be " + ExpectedType.describe(mismatch.getTargetType());
        }
        String message = jackson.getOriginalMessage();
        int cut = message == null ? -1 : message.indexOf('\n');
        return "is not valid JSON: " + (cut > 0 ? message.substring(0, cut) : message);
    }

    private static Object rejected(JacksonException jackson) {
        return jackson instanceof InvalidFormatException invalid ? echo(invalid.getValue()) : null;
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
            List<Violation> violations) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        if (violations.size() == 1) {
            body.setProperty("field", violations.getFirst().field());
        }
        body.setProperty("errors", violations.stream().map(ProblemDetailsAdvice::asMap).toList());
        return ResponseEntity.status(status).body(body);
    }

    private static Map<String, Object> asMap(Violation violation) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (violation.row() != null) {
            map.put("row", violation.row());
        }
        map.put("field", violation.field());
        map.put("reason", violation.reason());
        if (violation.rejectedValue() != null) {
            map.put("rejectedValue", echo(violation.rejectedValue()));
        }
        return map;
    }

    private static String summary(List<Violation> violations) {
        List<String> parts = new ArrayList<>();
        for (Violation violation : violations.subList(0, Math.min(3, violations.size()))) {
            parts.add((violation.row() != null ? "row " + violation.row() + ", " : "") + violation.field() + ": "
                    + violation.reason());
        }
        String more = violations.size() > 3 ? " (and " + (violations.size() - 3) + " more)" : "";
        return String.join("; ", parts) + more;
    }

    private static Object echo(Object value) {
        if (value instanceof String text && text.length() > MAX_ECHOED_LENGTH) {
            return text.substring(0, MAX_ECHOED_LENGTH) + "…";
        }
        return value;
    }
}
