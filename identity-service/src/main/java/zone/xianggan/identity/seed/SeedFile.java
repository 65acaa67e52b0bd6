package zone.xianggan.identity.seed;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import zone.xianggan.identity.agency.model.Registration;
import zone.xianggan.kernel.access.AgencyKind;

/** {@code seed/agencies.json}: the agencies the zone starts with. */
record SeedFile(@JsonProperty("_note") String note, List<SeededAgency> agencies) {

    static final String RESOURCE = "seed/agencies.json";

    record SeededAgency(String id, AgencyKind kind, String unit, String province, String nameZh, String nameEn,
            List<String> scopes, List<String> topics) {

        Registration toRegistration() {
            return new Registration(id, kind, unit, province, nameZh, nameEn, scopes, topics);
        }
    }
}
