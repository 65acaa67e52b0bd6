package zone.xianggan.platform.web;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataAccessException;

/** What a database's refusal says, by its SQLSTATE (the SQL standard's, which H2 and PostgreSQL both report). */
final class SqlStates {

    /** H2 names the column ({@code Value too long for column "NAME_ZH CHARACTER VARYING(50)"}); PostgreSQL may. */
    private static final Pattern COLUMN = Pattern.compile("column \"?([A-Za-z_][A-Za-z0-9_]*)");

    private SqlStates() {
    }

    static String of(DataAccessException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /**
     * Class 22 (data exception: a value too long, a numeric overflow, an invalid date), a null where none is allowed
     * (23502) or a broken check constraint (23514): the value sent was wrong, not the moment it was sent.
     */
    static boolean isDataError(String state) {
        return state != null && (state.startsWith("22") || state.equals("23502") || state.equals("23514"));
    }

    /** The column the database names, in lower case as the migrations write it; {@code body} if it names none. */
    static String column(DataAccessException ex) {
        String message = ex.getMostSpecificCause().getMessage();
        Matcher matcher = message == null ? null : COLUMN.matcher(message);
        return matcher != null && matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "body";
    }
}
