package zone.xianggan.events;

/**
 * How a subscriber puts a topic's events in order, whatever order they arrive in: of the events of one {@code per}
 * (an entity, or a value), the one with the highest {@code field} in its data is the latest; an event whose field is
 * not above the one held is a repeat or a late older one, and changes nothing.
 *
 * @param field the data's field, as a dotted path ({@code project.version})
 * @param per   what one sequence of that field belongs to
 */
public record EventOrder(String field, String per) {
}
