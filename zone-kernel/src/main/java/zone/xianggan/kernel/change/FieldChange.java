package zone.xianggan.kernel.change;

/** One field's value before and after a change, as a history shows it; null where there was or is none. */
public record FieldChange(Object from, Object to) {
}
