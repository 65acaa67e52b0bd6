package zone.xianggan.cooperation.project.web;

import zone.xianggan.kernel.plan.Province;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;

/** The query parameters the project list and the portfolio share. */
public final class Filters {

    private Filters() {
    }

    /** The province a {@code province} parameter names: 430000 or 360000. */
    public static Province province(String code) {
        if (code == null) {
            return null;
        }
        return Province.ofCode(code).orElseThrow(() -> new MalformedInputException(Violation.of("province",
                "must be 430000 (Hunan) or 360000 (Jiangxi)", code)));
    }
}
