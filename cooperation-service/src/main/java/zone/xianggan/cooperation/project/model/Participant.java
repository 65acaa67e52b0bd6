package zone.xianggan.cooperation.project.model;

import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.plan.Province;

/** A county-level unit taking part in a project, in a role; its province follows from its code. */
public record Participant(CountyCode county, ParticipantRole role, Province province) {

    public static Participant of(CountyCode county, ParticipantRole role) {
        return new Participant(county, role, Province.of(county).orElse(null));
    }
}
