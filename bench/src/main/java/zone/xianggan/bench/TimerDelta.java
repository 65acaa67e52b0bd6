package zone.xianggan.bench;

/**
 * A service's Micrometer timer as Prometheus shows it ({@code <name>_seconds_count} and {@code _sum}), read before
 * and after a measurement: the mean of what happened in between.
 */
record TimerDelta(String service, String name, double count, double sum) {

    static TimerDelta read(Http http, String service, String name) {
        double count = 0;
        double sum = 0;
        for (String line : http.metrics(service).body().lines().toList()) {
            if (line.startsWith(name + "_seconds_count{")) {
                count += value(line);
            } else if (line.startsWith(name + "_seconds_sum{")) {
                sum += value(line);
            }
        }
        return new TimerDelta(service, name, count, sum);
    }

    /** The mean, in milliseconds, of what this timer recorded since {@code before}. */
    double meanMillisSince(TimerDelta before) {
        double events = count - before.count;
        return events == 0 ? Double.NaN : (sum - before.sum) / events * 1000;
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
