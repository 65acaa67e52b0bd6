package zone.xianggan.replica;

import zone.xianggan.testsupport.ZoneHttp;

/** {@code /actuator/prometheus} as an operator's scraper reads it. */
record Prometheus(String text) {

    static Prometheus scrape(ZoneHttp http) {
        ZoneHttp.Response response = http.get("/actuator/prometheus");
        if (response.status() != 200) {
            throw new AssertionError("/actuator/prometheus answered " + response);
        }
        return new Prometheus(response.body());
    }

    /** Whether any series of this name (or starting with it) is exposed. */
    boolean exposes(String namePrefix) {
        return text.lines().anyMatch(line -> line.startsWith(namePrefix));
    }

    /** The sum of every series of the metric whose labels contain {@code labelFragment}; 0 if there is none. */
    double sum(String name, String labelFragment) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(labelFragment))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    double sum(String name) {
        return sum(name, "");
    }
}
