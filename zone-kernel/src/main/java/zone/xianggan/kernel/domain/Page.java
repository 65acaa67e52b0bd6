package zone.xianggan.kernel.domain;

import java.util.List;
import java.util.function.Function;

/**
 * A part of a list ({@link PageRequest}).
 *
 * @param nextAfter the key to ask for the next part after; null if none follows
 */
public record Page<T>(List<T> items, String nextAfter) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextAfter);
    }
}
