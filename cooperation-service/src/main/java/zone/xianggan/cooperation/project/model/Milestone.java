package zone.xianggan.cooperation.project.model;

import java.time.LocalDate;

/**
 * A step the project plans to reach by a due date; {@code doneOn} is set when an agency records it reached.
 *
 * @param id {@code M1}, {@code M2}… in the order proposed
 */
public record Milestone(String id, String name, LocalDate due, LocalDate doneOn) {

    public boolean reached() {
        return doneOn != null;
    }

    Milestone reachedOn(LocalDate day) {
        return new Milestone(id, name, due, day);
    }
}
