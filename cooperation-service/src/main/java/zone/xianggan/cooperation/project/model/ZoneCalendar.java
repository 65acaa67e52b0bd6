package zone.xianggan.cooperation.project.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar the zone's agencies work by: China Standard Time. "Today", the day a project starts or a milestone
 * is reached, and the year in a project id are days there, whatever the server's time zone.
 */
public final class ZoneCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ZoneCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
