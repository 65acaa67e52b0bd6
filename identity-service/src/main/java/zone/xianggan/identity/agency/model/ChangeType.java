package zone.xianggan.identity.agency.model;

/** What a change in an agency's history did. */
public enum ChangeType {
    REGISTERED, SECRET_ROTATED, DISABLED, ENABLED, TOPICS_CHANGED
}
