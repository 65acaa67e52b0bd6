package zone.xianggan.bench;

import java.util.Set;

/**
 * What to run: {@code --postgres} (default H2), {@code --quick} (a smoke run: fewer repetitions, figures not for
 * publishing), {@code --updates N} (registry updates for the propagation percentiles; default 500),
 * {@code --warmup-updates N} (updates before those are measured; default 2,500, followed by rounds of 500 more
 * while the services' JIT compilers are still busy, up to 5,000), {@code --warmup-batches N}
 * (report batches of each size before ingestion is measured; default 20) and {@code --warmup-reads S} (seconds of
 * reads at 8 clients before reads are measured; default 30). {@code --cluster}: ingestion and propagation on
 * docker-compose.cluster.yml with one instance of each service beside two ({@link ClusterBench}; always PostgreSQL).
 * {@code --growth} runs {@link Growth} instead: the cost curve of the stored values growing to 10^7 (with
 * {@code --quick}, to 10^6). {@code --only propagation,ingestion,reads,hostile} measures only the sections named
 * (launch and memory always), to look at one closely; its report is written apart, as a quick run's is.
 */
record BenchOptions(boolean postgres, boolean quick, int updates, int warmupUpdates, int warmupBatches,
        int warmupReadSeconds, boolean cluster, boolean growth, Set<String> only) {

    static final Set<String> SECTIONS = Set.of("propagation", "ingestion", "reads", "hostile");

    static BenchOptions parse(String[] args) {
        boolean postgres = false;
        boolean quick = false;
        int updates = 500;
        int warmupUpdates = 2_500;
        int warmupBatches = 20;
        int warmupReadSeconds = 30;
        boolean cluster = false;
        boolean growth = false;
        Set<String> only = SECTIONS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--postgres" -> postgres = true;
                case "--quick" -> {
                    quick = true;
                    updates = 50;
                    warmupUpdates = 50;
                    warmupBatches = 1;
                    warmupReadSeconds = 2;
                }
                case "--updates" -> updates = Integer.parseInt(args[++i]);
                case "--warmup-updates" -> warmupUpdates = Integer.parseInt(args[++i]);
                case "--warmup-batches" -> warmupBatches = Integer.parseInt(args[++i]);
                case "--warmup-reads" -> warmupReadSeconds = Integer.parseInt(args[++i]);
                case "--cluster" -> cluster = true;
                case "--growth" -> growth = true;
                case "--only" -> {
                    only = Set.of(args[++i].split(","));
                    if (!SECTIONS.containsAll(only)) {
                        throw new IllegalArgumentException("--only takes some of " + SECTIONS + ", not " + only);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --postgres, --quick, --updates N, --warmup-updates N, --warmup-batches N, "
                        + "--warmup-reads S, --cluster, --growth, --only SECTION[,SECTION]");
            }
        }
        return new BenchOptions(postgres, quick, updates, warmupUpdates, warmupBatches, warmupReadSeconds,
                cluster, growth, only);
    }

    boolean measures(String section) {
        return only.contains(section);
    }

    /** A run of some sections only, or a quick one: its report is kept apart from the full runs'. */
    boolean partial() {
        return quick || !only.equals(SECTIONS);
    }

    String engine() {
        return postgres ? "postgres" : "h2";
    }
}
