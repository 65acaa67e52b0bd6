package zone.xianggan.registry.county.model;

import java.util.ArrayList;
import java.util.List;

import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Text;
import zone.xianggan.kernel.domain.Violation;

/** What an agency may correct about a unit: its names and its kind. */
public record CountyDetails(String nameZh, String nameEn, CountyKind kind) {

    private static final int MAX_NAME_ZH = 50;
    private static final int MAX_NAME_EN = 100;

    public CountyDetails {
        List<Violation> violations = new ArrayList<>();
        nameZh = Text.check("nameZh", nameZh, MAX_NAME_ZH, Text.Lines.ONE, true, violations);
        nameEn = Text.check("nameEn", nameEn, MAX_NAME_EN, Text.Lines.ONE, true, violations);
        if (kind == null) {
            violations.add(Violation.of("kind", "is required: COUNTY, COUNTY_LEVEL_CITY or DISTRICT"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
