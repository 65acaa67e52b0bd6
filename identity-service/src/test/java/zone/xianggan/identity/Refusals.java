package zone.xianggan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.ThrowingConsumer;

import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.InputRejectedException;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.kernel.domain.Violation;

/** What a use case's refusal names. */
public final class Refusals {

    private Refusals() {
    }

    /** A refusal of the input as breaking the zone's rules (422), naming these fields in this order. */
    public static ThrowingConsumer<Throwable> invalidNaming(String... fields) {
        return refusal -> {
            assertThat(refusal).isInstanceOf(InvalidInputException.class);
            assertThat(((InputRejectedException) refusal).violations()).extracting(Violation::field)
                    .containsExactly(fields);
        };
    }

    /** A clash with the agency's state (409), naming the field in the way ({@code field} in the problem). */
    public static ThrowingConsumer<Throwable> conflictOver(String field) {
        return refusal -> assertThat(refusal).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.details()).containsEntry("field", field));
    }

    /** A refusal of a change made against a version no longer current (412), naming the current one. */
    public static ThrowingConsumer<Throwable> staleAgainst(long current) {
        return refusal -> assertThat(refusal).isInstanceOfSatisfying(StaleVersionException.class,
                stale -> assertThat(stale.current()).isEqualTo(current));
    }

    /** A refusal of the caller (403), naming the rule it does not meet. */
    public static ThrowingConsumer<Throwable> notPermittedBy(String rule) {
        return refusal -> assertThat(refusal).isInstanceOfSatisfying(NotPermittedException.class,
                notPermitted -> assertThat(notPermitted.rule()).isEqualTo(rule));
    }
}
