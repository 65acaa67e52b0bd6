package zone.xianggan.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, and their percentiles in milliseconds (nearest rank). */
final class Latencies {

    private final long[] nanos;

    Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    double percentileMillis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1_000_000.0;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p95() {
        return percentileMillis(95);
    }

    double p99() {
        return percentileMillis(99);
    }

    int count() {
        return nanos.length;
    }
}
