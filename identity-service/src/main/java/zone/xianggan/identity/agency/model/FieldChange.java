package zone.xianggan.identity.agency.model;

/** One field's value before and after a change; null where there was or is none. */
public record FieldChange(Object before, Object after) {
}
