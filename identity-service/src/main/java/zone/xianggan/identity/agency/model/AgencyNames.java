package zone.xianggan.identity.agency.model;

import java.util.List;

import zone.xianggan.kernel.domain.Text;
import zone.xianggan.kernel.domain.Violation;

/** What an agency is called, in Chinese and in English. */
public record AgencyNames(String zh, String en) {

    static final int MAX_LENGTH = 200;

    /**
     * The names as given, stripped and normalised ({@link Text}); the violations are added to {@code violations} (and
     * the names left null).
     */
    static AgencyNames of(String zh, String en, List<Violation> violations) {
        String checkedZh = name("nameZh", zh, violations);
        String checkedEn = name("nameEn", en, violations);
        return checkedZh == null || checkedEn == null ? null : new AgencyNames(checkedZh, checkedEn);
    }

    private static String name(String field, String value, List<Violation> violations) {
        int before = violations.size();
        String checked = Text.check(field, value, MAX_LENGTH, Text.Lines.ONE, true, violations);
        return violations.size() > before ? null : checked;
    }
}
