package zone.xianggan.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final List<String> CODES = List.of("360302", "360313", "430181", "430281", "430521");

    @Test
    void walksAListInPartsWithoutSkippingOrRepeating() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Page<String> page = new PageRequest(2, after).of(CODES, Function.identity());
            seen.addAll(page.items());
            after = page.nextAfter();
        } while (after != null);
        assertThat(seen).isEqualTo(CODES);
    }

    @Test
    void continuesAfterTheLastItemSeenEvenWhenItemsWereAddedBeforeIt() {
        Page<String> first = new PageRequest(2, null).of(CODES, Function.identity());
        List<String> grown = new ArrayList<>(CODES);
        grown.addFirst("360202");
        Page<String> second = new PageRequest(2, first.nextAfter()).of(grown, Function.identity());
        assertThat(second.items()).containsExactly("430181", "430281");
    }

    @Test
    void saysNothingFollowsTheLastPart() {
        assertThat(new PageRequest(5, null).of(CODES, Function.identity()).nextAfter()).isNull();
        assertThat(new PageRequest(100, null).of(List.<String>of(), Function.identity()).items()).isEmpty();
    }

    @Test
    void refusesACursorThatNamesNoItemNamingTheCursor() {
        assertThatThrownBy(() -> new PageRequest(2, "999999").of(CODES, Function.identity()))
                .isInstanceOfSatisfying(MalformedInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("cursor"));
    }
}
