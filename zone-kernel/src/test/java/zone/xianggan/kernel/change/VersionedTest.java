package zone.xianggan.kernel.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.StaleVersionException;

class VersionedTest {

    record Thing(long version) implements Versioned {
    }

    @Test
    void givesTheAggregateStillAtTheVersionTheCallerRead() {
        Thing thing = new Thing(3);

        assertThat(Versioned.requireAt(Optional.of(thing), "thing", "t1", 3)).isSameAs(thing);
    }

    @Test
    void refusesAChangeToAnAggregateThatIsNotThereAsNotFound() {
        assertThatThrownBy(() -> Versioned.requireAt(Optional.<Thing>empty(), "thing", "t1", 3))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.resource()).isEqualTo("thing");
                    assertThat(e.id()).isEqualTo("t1");
                });
    }

    @Test
    void refusesAChangeMadeAgainstAnOlderVersionNamingBoth() {
        assertThatThrownBy(() -> Versioned.requireAt(Optional.of(new Thing(4)), "thing", "t1", 3))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expected()).isEqualTo(3);
                    assertThat(e.current()).isEqualTo(4);
                });
    }
}
