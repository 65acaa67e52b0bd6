package zone.xianggan.cooperation.project.model;

/** How a unit takes part (IATI participating-org role). */
public enum ParticipantRole {
    /** Leads and answers for the project (IATI role 2, accountable). */
    LEAD,
    /** Takes part in the work (IATI role 4, implementing). */
    PARTNER
}
