package zone.xianggan.indicators.catalogue.model;

/** One field's value before and after a change, as a history shows it. */
public record FieldChange(Object from, Object to) {
}
