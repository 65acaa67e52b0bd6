package zone.xianggan.bench;

import java.util.List;

/** Waits until both replicas hold every county the registry seeded, before anything is measured. */
final class Replicas {

    private Replicas() {
    }

    static void awaitComplete(Http http, List<String> replicas) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        for (String replica : replicas) {
            while (http.get(replica + "/api/v1/counties?limit=1000").json().size() < 24) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(replica + " did not receive the registry within 2 minutes");
                }
                Thread.sleep(200);
            }
        }
    }
}
