package zone.xianggan.registry;

import java.util.List;

import zone.xianggan.kernel.domain.InputRejectedException;
import zone.xianggan.kernel.domain.Violation;

/** What a use case's refusal of an input names. */
public final class Refusals {

    private Refusals() {
    }

    /** The fields the refusal's violations name, in order. */
    public static List<String> fieldsNamedBy(Throwable refusal) {
        return ((InputRejectedException) refusal).violations().stream().map(Violation::field).toList();
    }
}
