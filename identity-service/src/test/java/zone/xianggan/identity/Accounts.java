package zone.xianggan.identity;

import java.time.Instant;
import java.util.List;

import zone.xianggan.events.ServiceNames;
import zone.xianggan.events.Topics;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.Registration;
import zone.xianggan.kernel.access.AgencyKind;

/** Agencies as the zone is seeded with them, at version 1, each with the hash of a secret of its own. */
public final class Accounts {

    public static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");
    public static final String SEEDED_BY = "system:seed";

    private Accounts() {
    }

    public static AgencyAccount liuyang() {
        return seeded(new Registration("liuyang", AgencyKind.UNIT_AGENCY, "430181", null, "浏阳市人民政府",
                "Liuyang City People's Government", null, null));
    }

    public static AgencyAccount hunanDrc() {
        return seeded(new Registration("hunan-drc", AgencyKind.PROVINCIAL_DRC, null, "430000", "湖南省发展和改革委员会",
                "Hunan Provincial Development and Reform Commission", null, null));
    }

    public static AgencyAccount zoneOffice() {
        return seeded(new Registration("zone-office", AgencyKind.ZONE_OFFICE, null, null, "湘赣边区域合作示范区办公室",
                "Office of the Zone", null, null));
    }

    /** A subscriber granted the registry's topic. */
    public static AgencyAccount subscriber() {
        return seeded(new Registration("demo-subscriber", AgencyKind.SUBSCRIBER, null, null, "演示订阅方",
                "Demo subscriber", null, List.of(Topics.REGISTRY_COUNTIES_V1)));
    }

    public static AgencyAccount registryService() {
        return seeded(new Registration(ServiceNames.REGISTRY, AgencyKind.SERVICE, null, null, "县域登记服务",
                "Zone registry service", null, null));
    }

    public static AgencyAccount identityService() {
        return seeded(new Registration(ServiceNames.IDENTITY, AgencyKind.SERVICE, null, null, "身份服务",
                "Zone identity service", null, null));
    }

    /** The agency disabled by the zone office, at its next version. */
    public static AgencyAccount disabled(AgencyAccount account) {
        return account.disable("zone-office", SEEDED_AT.plusSeconds(60)).after();
    }

    /** The hash stored for a seeded agency: never a secret any test sends. */
    public static String seededHash(String id) {
        return "{seeded}" + id;
    }

    private static AgencyAccount seeded(Registration registration) {
        return AgencyAccount.register(registration, seededHash(registration.id()), SEEDED_BY, SEEDED_AT);
    }
}
