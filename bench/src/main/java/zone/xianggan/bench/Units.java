package zone.xianggan.bench;

import java.util.ArrayList;
import java.util.List;

/** The registry's active units, by code. */
final class Units {

    private Units() {
    }

    static List<String> active(Http http, String registry) {
        List<String> codes = new ArrayList<>();
        http.get(registry + "/api/v1/counties?status=ACTIVE&limit=1000").requireSuccess("GET counties").json()
                .forEach(county -> codes.add(county.get("code").asString()));
        return codes;
    }
}
