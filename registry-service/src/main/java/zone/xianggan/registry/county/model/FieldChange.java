package zone.xianggan.registry.county.model;

/** One field's value before and after a change, as the unit's history shows it. */
public record FieldChange(Object from, Object to) {
}
