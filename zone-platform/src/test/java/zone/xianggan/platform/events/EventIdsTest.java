package zone.xianggan.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void anIdIsAVersion7UuidCarryingTheMillisecondItWasMadeIn() {
        long now = System.currentTimeMillis();

        UUID id = EventIds.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(now, System.currentTimeMillis());
    }

    @Test
    void idsMadeLaterSortAfter() {
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        UUID earlier = EventIds.at(1_764_576_000_000L, random);
        UUID later = EventIds.at(1_764_576_000_001L, random);
        assertThat(earlier.toString()).isLessThan(later.toString());
        assertThat(earlier.toString()).startsWith("019ad8ec-f800-7");
    }

    @Test
    void noTwoIdsAreAlike() {
        Set<UUID> ids = new HashSet<>();
        List<Thread> threads = IntStream.range(0, 4).mapToObj(t -> Thread.ofPlatform().start(() -> {
            List<UUID> made = IntStream.range(0, 50_000).mapToObj(i -> EventIds.next()).toList();
            synchronized (ids) {
                ids.addAll(made);
            }
        })).toList();
        threads.forEach(thread -> {
            try {
                thread.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(ids).hasSize(200_000);
    }
}
