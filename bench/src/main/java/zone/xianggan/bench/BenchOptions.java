package zone.xianggan.bench;

/**
 * What to run: {@code --postgres} (default H2), {@code --quick} (a smoke run: fewer repetitions, figures not for
 * publishing), {@code --updates N} (registry updates for the propagation percentiles; default 500).
 */
record BenchOptions(boolean postgres, boolean quick, int updates) {

    static BenchOptions parse(String[] args) {
        boolean postgres = false;
        boolean quick = false;
        int updates = 500;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--postgres" -> postgres = true;
                case "--quick" -> {
                    quick = true;
                    updates = 50;
                }
                case "--updates" -> updates = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --postgres, --quick, --updates N");
            }
        }
        return new BenchOptions(postgres, quick, updates);
    }

    String engine() {
        return postgres ? "postgres" : "h2";
    }
}
