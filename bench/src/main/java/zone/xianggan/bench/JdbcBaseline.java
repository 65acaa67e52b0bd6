package zone.xianggan.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link JdbcBatchInsertBenchmark} under JMH, in a forked JVM, and answers rows per second by batch size, from
 * the median batch: the statistic the service's batches are summarised by. The drivers' and engines' code needs
 * about ten batches to be compiled (the first five of 10,000 rows on H2 took 200–550 ms, later ones 45–70), so
 * fewer warm-ups would measure the JIT compiler rather than the engine.
 */
final class JdbcBaseline {

    private JdbcBaseline() {
    }

    static Map<Integer, Double> rowsPerSecond(BenchZone.JdbcTarget target, boolean quick, int... batchSizes)
            throws RunnerException {
        String[] sizes = java.util.Arrays.stream(batchSizes).mapToObj(Integer::toString).toArray(String[]::new);
        Options options = new OptionsBuilder()
                .include(JdbcBatchInsertBenchmark.class.getName())
                .param("rows", sizes)
                .param("url", target.url())
                .param("user", target.user())
                .param("password", target.password())
                .warmupIterations(quick ? 2 : 20)
                .measurementIterations(quick ? 3 : 30)
                .forks(1)
                .jvmArgs("-Xmx512m")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<Integer, Double> rowsPerSecond = new LinkedHashMap<>();
        for (RunResult result : results) {
            int rows = Integer.parseInt(result.getParams().getParam("rows"));
            double millisPerBatch = result.getPrimaryResult().getStatistics().getPercentile(50);
            rowsPerSecond.put(rows, rows / (millisPerBatch / 1000.0));
        }
        return rowsPerSecond;
    }
}
