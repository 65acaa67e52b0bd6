package zone.xianggan.registry.county.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.StaleVersionException;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.registry.Refusals;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyStatus;
import zone.xianggan.testsupport.slice.Callers;

class RetiringCountyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");
    private static final RetireCounty MERGED_INTO_LILING = new RetireCounty("430281", LocalDate.parse("2026-02-01"),
            "merged by State Council approval");

    private final InMemoryCounties counties = new InMemoryCounties();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RetiringCounty retiring = new RetiringCounty(counties, new CountyChanges(counties, outbox.outbox()),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void twoUnitsAsSeeded() {
        counties.insert(Units.liuyang());
        counties.insert(Units.liling());
    }

    @Test
    void theRetiredUnitStaysStoredAtItsNextVersion() {
        County retired = retiring.retire(Units.LIUYANG, 1, MERGED_INTO_LILING, Callers.HUNAN_DRC);

        assertThat(retired.status()).isEqualTo(CountyStatus.RETIRED);
        assertThat(retired.version()).isEqualTo(2);
        assertThat(counties.find(Units.LIUYANG)).contains(retired);
    }

    @Test
    void theRetiredUnitNamesItsSuccessor() {
        County retired = retiring.retire(Units.LIUYANG, 1, MERGED_INTO_LILING, Callers.HUNAN_DRC);

        assertThat(retired.successor()).isEqualTo(Units.LILING);
        assertThat(retired.retiredOn()).isEqualTo(LocalDate.parse("2026-02-01"));
    }

    @Test
    void aRetirementWithoutADateTakesEffectToday() {
        County retired = retiring.retire(Units.LIUYANG, 1, new RetireCounty(null, null, "merged"),
                Callers.HUNAN_DRC);

        assertThat(retired.retiredOn()).isEqualTo(TODAY);
    }

    @Test
    void theRetirementIsRecordedInTheHistory() {
        retiring.retire(Units.LIUYANG, 1, MERGED_INTO_LILING, Callers.HUNAN_DRC);

        assertThat(counties.history(Units.LIUYANG)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(ChangeType.RETIRED);
            assertThat(entry.version()).isEqualTo(2);
            assertThat(entry.changes()).containsOnlyKeys("status", "retiredOn", "successorCode");
            assertThat(entry.reason()).isEqualTo("merged by State Council approval");
        });
    }

    @Test
    void theRetiredSnapshotIsAppendedAsCountyRetired() {
        County retired = retiring.retire(Units.LIUYANG, 1, MERGED_INTO_LILING, Callers.HUNAN_DRC);

        assertThat(outbox.appended()).containsExactly(
                new PendingEvent(EventType.COUNTY_RETIRED, "430181", CountySnapshots.of(retired)));
    }

    @Test
    void aRetirementNeedsAReason() {
        assertThatThrownBy(() -> retiring.retire(Units.LIUYANG, 1, new RetireCounty(null, null, " "),
                Callers.HUNAN_DRC))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("reason"));
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> retiring.retire(Units.LIUYANG, 0, MERGED_INTO_LILING, Callers.HUNAN_DRC))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        stale -> assertThat(stale.current()).isEqualTo(1));
    }

    @Test
    void anUnknownUnitIsNotFound() {
        assertThatThrownBy(() -> retiring.retire(new CountyCode("430182"), 1, MERGED_INTO_LILING,
                Callers.HUNAN_DRC))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSuccessorNotInTheRegistryIsRefusedNamingIt() {
        RetireCounty intoNingxiang = new RetireCounty("430182", null, "merged");

        assertThatThrownBy(() -> retiring.retire(Units.LIUYANG, 1, intoNingxiang, Callers.HUNAN_DRC))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("successorCode"));
    }

    @Test
    void aMalformedSuccessorCodeIsRefusedAsMalformedNamingIt() {
        RetireCounty intoNowhere = new RetireCounty("4302", null, "merged");

        assertThatThrownBy(() -> retiring.retire(Units.LIUYANG, 1, intoNowhere, Callers.HUNAN_DRC))
                .isInstanceOf(MalformedInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("successorCode"));
    }

    @Test
    void aRefusedRetirementWritesNothing() {
        assertThatThrownBy(() -> retiring.retire(Units.LIUYANG, 1, new RetireCounty("430182", null, "merged"),
                Callers.HUNAN_DRC))
                .isInstanceOf(InvalidInputException.class);

        assertThat(counties.find(Units.LIUYANG)).contains(Units.liuyang());
        assertThat(counties.history(Units.LIUYANG)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void theOtherProvincesDrcMayNotRetireAUnit() {
        assertThatThrownBy(() -> retiring.retire(Units.LIUYANG, 1, MERGED_INTO_LILING, Callers.JIANGXI_DRC))
                .isInstanceOf(NotPermittedException.class);
    }
}
