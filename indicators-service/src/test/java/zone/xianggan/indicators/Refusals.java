package zone.xianggan.indicators;

import java.util.List;

import zone.xianggan.kernel.domain.InputRejectedException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.Violation;

/** What a use case's refusal names. */
public final class Refusals {

    private Refusals() {
    }

    /** The fields the refusal's violations name, in order. */
    public static List<String> fieldsNamedBy(Throwable refusal) {
        return violationsOf(refusal).stream().map(Violation::field).toList();
    }

    /** The rows the refusal's violations name, in order (null for a value sent alone). */
    public static List<Integer> rowsNamedBy(Throwable refusal) {
        return violationsOf(refusal).stream().map(Violation::row).toList();
    }

    private static List<Violation> violationsOf(Throwable refusal) {
        return refusal instanceof NotPermittedException notPermitted ? notPermitted.violations()
                : ((InputRejectedException) refusal).violations();
    }
}
