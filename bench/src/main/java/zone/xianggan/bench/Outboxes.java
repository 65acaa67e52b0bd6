package zone.xianggan.bench;

/** Reads a service's outbox backlog from its metrics, to start a measurement with nothing left to publish. */
final class Outboxes {

    private Outboxes() {
    }

    static void awaitDrained(Http http, String service) {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (backlog(http, service) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service + " still has events to publish after 5 minutes");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static double backlog(Http http, String service) {
        return http.metrics(service).body().lines()
                .filter(line -> line.startsWith("zone_outbox_backlog{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
