package zone.xianggan.testsupport;

/** {@code /actuator/prometheus} as the operator's scraper reads it, with the operator's token. */
public record Prometheus(String text) {

    public static Prometheus scrape(ZoneHttp http) {
        ZoneHttp.Response response = http.as("zone-operator").get("/actuator/prometheus");
        if (response.status() != 200) {
            throw new AssertionError("/actuator/prometheus answered " + response);
        }
        return new Prometheus(response.body());
    }

    /** Whether any series of this name (or starting with it) is exposed. */
    public boolean exposes(String namePrefix) {
        return text.lines().anyMatch(line -> line.startsWith(namePrefix));
    }

    /** The sum of every series of the metric whose labels contain {@code labelFragment}; 0 if there is none. */
    public double sum(String name, String labelFragment) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(labelFragment))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    public double sum(String name) {
        return sum(name, "");
    }
}
