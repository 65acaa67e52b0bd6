package zone.xianggan.kernel.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Page;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;

class ChangesSinceTest {

    private static final Instant T = Instant.parse("2026-12-07T08:00:00Z");

    record Unit(String code, Instant changedAt) {
    }

    private static final List<Unit> UNITS = List.of(
            new Unit("430181", T.plusSeconds(30)),
            new Unit("360302", T),
            new Unit("430281", T.plusSeconds(10)),
            new Unit("360313", T.plusSeconds(10)),
            new Unit("430521", T.minusSeconds(60)));

    @Test
    void readsAnInstantInUtc() {
        assertThat(ChangesSince.parse("updatedAfter", "2026-12-07T08:00:00Z").after()).isEqualTo(T);
    }

    @Test
    void readsAnInstantWithAnOffset() {
        assertThat(ChangesSince.parse("updatedAfter", "2026-12-07T16:00:00.000+08:00").after()).isEqualTo(T);
    }

    @Test
    void readsAnOffsetWhosePlusAQueryStringTurnedIntoASpace() {
        assertThat(ChangesSince.parse("updatedAfter", "2026-12-07T16:00:00 08:00").after()).isEqualTo(T);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "yesterday", "2026-12-07", "2026-12-07T08:00:00", "2026-13-07T08:00:00Z",
            "1733558400", "2026-12-07T08:00:00Z;DROP" })
    void refusesWhatIsNoInstantWithAnOffsetNamingTheField(String raw) {
        assertThatThrownBy(() -> ChangesSince.parse("updatedAfter", raw))
                .isInstanceOfSatisfying(MalformedInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("updatedAfter"));
    }

    @Test
    void givesTheItemsChangedStrictlyAfterTheInstantByChangeTimeThenKey() {
        Page<Unit> page = new ChangesSince(T).page(UNITS, Unit::changedAt, Unit::code, PageRequest.first(100));
        assertThat(page.items()).extracting(Unit::code).containsExactly("360313", "430281", "430181");
        assertThat(page.nextAfter()).isNull();
    }

    @Test
    void walksTheChangesInPartsWithoutSkippingOrRepeating() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Page<Unit> page = new ChangesSince(T.minusSeconds(3600)).page(UNITS, Unit::changedAt, Unit::code,
                    new PageRequest(2, after));
            page.items().forEach(unit -> seen.add(unit.code()));
            after = page.nextAfter();
        } while (after != null);
        assertThat(seen).containsExactly("430521", "360302", "360313", "430281", "430181");
    }

    @Test
    void anItemChangedAgainBetweenPartsComesAgainLaterAndSkipsNoOther() {
        ChangesSince since = new ChangesSince(T);
        Page<Unit> first = since.page(UNITS, Unit::changedAt, Unit::code, new PageRequest(1, null));
        assertThat(first.items()).extracting(Unit::code).containsExactly("360313");
        List<Unit> changedAgain = new ArrayList<>(UNITS);
        changedAgain.set(3, new Unit("360313", T.plusSeconds(60)));
        Page<Unit> rest = since.page(changedAgain, Unit::changedAt, Unit::code, new PageRequest(10,
                first.nextAfter()));
        assertThat(rest.items()).extracting(Unit::code).containsExactly("430281", "430181", "360313");
    }

    @Test
    void refusesThePlainCursorOfAnotherListNamingTheCursor() {
        assertThatThrownBy(() -> new ChangesSince(T).page(UNITS, Unit::changedAt, Unit::code,
                new PageRequest(2, "430181")))
                .isInstanceOfSatisfying(MalformedInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("cursor"));
    }
}
