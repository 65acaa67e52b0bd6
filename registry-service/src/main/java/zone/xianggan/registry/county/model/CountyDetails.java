package zone.xianggan.registry.county.model;

import java.util.ArrayList;
import java.util.List;

import zone.xianggan.platform.domain.InvalidInputException;
import zone.xianggan.platform.domain.Violation;

/** What an agency may correct about a unit: its names and its kind. */
public record CountyDetails(String nameZh, String nameEn, CountyKind kind) {

    private static final int MAX_NAME_ZH = 50;
    private static final int MAX_NAME_EN = 100;

    public CountyDetails {
        List<Violation> violations = new ArrayList<>();
        nameZh = name("nameZh", nameZh, MAX_NAME_ZH, violations);
        nameEn = name("nameEn", nameEn, MAX_NAME_EN, violations);
        if (kind == null) {
            violations.add(Violation.of("kind", "is required: COUNTY, COUNTY_LEVEL_CITY or DISTRICT"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String name(String field, String value, int maxLength, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "is required"));
            return value;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            violations.add(Violation.of(field, "must be at most " + maxLength + " characters", value));
        }
        return stripped;
    }
}
