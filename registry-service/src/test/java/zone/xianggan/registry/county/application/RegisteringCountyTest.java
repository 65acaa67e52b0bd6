package zone.xianggan.registry.county.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zone.xianggan.events.EventType;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.platform.outbox.PendingEvent;
import zone.xianggan.registry.Refusals;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.county.model.CountyStatus;
import zone.xianggan.testsupport.slice.Callers;

class RegisteringCountyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final CountyCode NINGXIANG = new CountyCode("430182");

    private final InMemoryCounties counties = new InMemoryCounties();
    private final InMemoryReferenceData reference = new InMemoryReferenceData();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RegisteringCounty registering = new RegisteringCounty(counties, reference,
            new CountyChanges(counties, outbox.outbox()), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void theZonesReferenceData() {
        reference.add(Units.HUNAN);
        reference.add(Units.JIANGXI);
        reference.add(Units.CHANGSHA);
        reference.add(Units.ZHUZHOU);
    }

    @Test
    void aNewUnitIsStoredActiveAtVersionOne() {
        County registered = registering.register(ningxiang(null, null), Callers.HUNAN_DRC);

        assertThat(counties.find(NINGXIANG)).contains(registered);
        assertThat(registered.version()).isEqualTo(1);
        assertThat(registered.status()).isEqualTo(CountyStatus.ACTIVE);
    }

    @Test
    void theProvinceFollowsFromTheCode() {
        County registered = registering.register(ningxiang(null, null), Callers.HUNAN_DRC);

        assertThat(registered.provinceCode()).isEqualTo("430000");
    }

    @Test
    void thePrefectureFollowsFromTheCode() {
        County registered = registering.register(ningxiang(null, null), Callers.HUNAN_DRC);

        assertThat(registered.prefectureCode()).isEqualTo("430100");
    }

    @Test
    void theRegistrationIsRecordedInTheHistory() {
        registering.register(ningxiang(null, null), Callers.HUNAN_DRC);

        assertThat(counties.history(NINGXIANG)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(ChangeType.REGISTERED);
            assertThat(entry.version()).isEqualTo(1);
            assertThat(entry.actor()).isEqualTo(new Actor("hunan-drc", "li.ming"));
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.reason()).isEqualTo("after the 2026 administrative adjustment");
        });
    }

    @Test
    void theNewUnitsSnapshotIsAppendedAsCountyRegistered() {
        County registered = registering.register(ningxiang(null, null), Callers.HUNAN_DRC);

        assertThat(outbox.appended()).containsExactly(
                new PendingEvent(EventType.COUNTY_REGISTERED, "430182", CountySnapshots.of(registered)));
    }

    @Test
    void codesOfTheProvinceAndPrefectureThatAgreeWithTheCodeAreAccepted() {
        County registered = registering.register(ningxiang("430000", "430100"), Callers.HUNAN_DRC);

        assertThat(registered.prefectureCode()).isEqualTo("430100");
    }

    @Test
    void aCodeAlreadyRegisteredIsAConflict() {
        counties.insert(Units.liuyang());

        assertThatThrownBy(() -> registering.register(command("430181", null, null), Callers.HUNAN_DRC))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRefusedRegistrationWritesNothing() {
        counties.insert(Units.liuyang());

        assertThatThrownBy(() -> registering.register(command("430181", null, null), Callers.HUNAN_DRC))
                .isInstanceOf(ConflictException.class);

        assertThat(counties.history(Units.LIUYANG)).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void aMalformedCodeIsRefusedAsMalformedNamingTheCode() {
        assertThatThrownBy(() -> registering.register(command("43018", null, null), Callers.HUNAN_DRC))
                .isInstanceOf(MalformedInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("code"));
    }

    @Test
    void aCodeOutsideTheZonesProvincesIsRefusedNamingTheCode() {
        assertThatThrownBy(() -> registering.register(command("110101", null, null), Callers.ZONE_OFFICE))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("code"));
    }

    @Test
    void aCodeOfAPrefectureNotInTheRegistryIsRefusedNamingTheCode() {
        assertThatThrownBy(() -> registering.register(command("430321", null, null), Callers.HUNAN_DRC))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("code"));
    }

    @Test
    void aProvinceCodeThatDisagreesWithTheCodeIsRefusedNamingIt() {
        assertThatThrownBy(() -> registering.register(ningxiang("360000", null), Callers.HUNAN_DRC))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("provinceCode"));
    }

    @Test
    void aPrefectureCodeThatDisagreesWithTheCodeIsRefusedNamingIt() {
        assertThatThrownBy(() -> registering.register(ningxiang(null, "430200"), Callers.HUNAN_DRC))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(Refusals.fieldsNamedBy(refusal)).containsExactly("prefectureCode"));
    }

    @Test
    void theOtherProvincesDrcMayNotRegisterAUnit() {
        assertThatThrownBy(() -> registering.register(ningxiang(null, null), Callers.JIANGXI_DRC))
                .isInstanceOf(NotPermittedException.class);
    }

    private static RegisterCounty ningxiang(String provinceCode, String prefectureCode) {
        return command("430182", provinceCode, prefectureCode);
    }

    private static RegisterCounty command(String code, String provinceCode, String prefectureCode) {
        return new RegisterCounty(code, "宁乡市", "Ningxiang", CountyKind.COUNTY_LEVEL_CITY, provinceCode,
                prefectureCode, "after the 2026 administrative adjustment");
    }
}
