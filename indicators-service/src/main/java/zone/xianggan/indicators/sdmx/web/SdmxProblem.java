package zone.xianggan.indicators.sdmx.web;

import org.springframework.http.HttpStatus;

import zone.xianggan.kernel.domain.Violation;

/**
 * A data or structure query this service does not answer for a reason SDMX's web services name by their own
 * status: 406 for a format it does not write, 501 for a part of SDMX's query syntax it does not implement.
 */
class SdmxProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final transient Violation violation;

    SdmxProblem(HttpStatus status, String title, Violation violation) {
        super(violation.field() + ": " + violation.reason());
        this.status = status;
        this.title = title;
        this.violation = violation;
    }

    static SdmxProblem notImplemented(String parameter, String reason, Object sent) {
        return new SdmxProblem(HttpStatus.NOT_IMPLEMENTED, "Not implemented", Violation.of(parameter, reason, sent));
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    Violation violation() {
        return violation;
    }
}
