package zone.xianggan.platform.domain;

/**
 * Who makes a change, as the calling agency names itself in {@code X-Actor} (e.g. {@code hunan-drc/li.ming}).
 * Every change is recorded with it. Authentication belongs to the zone's gateway; this service records the name.
 */
public record Actor(String name) {

    public static final String HEADER = "X-Actor";
    private static final int MAX_LENGTH = 120;

    public Actor {
        if (name == null || name.isBlank()) {
            throw new MalformedInputException(Violation.of(HEADER, "name who makes this change, e.g. zone-office/wang.fang"));
        }
        name = name.strip();
        if (name.length() > MAX_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw new MalformedInputException(Violation.of(HEADER, "at most " + MAX_LENGTH + " printable characters", name));
        }
    }

    public static Actor of(String header) {
        return new Actor(header);
    }
}
