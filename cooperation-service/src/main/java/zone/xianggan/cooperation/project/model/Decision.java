package zone.xianggan.cooperation.project.model;

/** A province's decision on a proposed project. */
public enum Decision {
    APPROVE,
    REJECT
}
