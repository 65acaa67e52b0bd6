package zone.xianggan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How busy the services' JIT compilers were during a measurement, from the CPU time of their compiler threads in
 * {@code /proc} (Linux): a figure taken while the JIT still compiles the service's code measures its first minutes,
 * not the service as it runs for years, and on two cores the compiler takes a core from the service.
 */
final class JitActivity {

    /** Clock ticks per second of {@code /proc/<pid>/task/<tid>/stat}: 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private final List<Long> pids;
    private final long startTicks;
    private final long startNanos;

    private JitActivity(List<Long> pids) {
        this.pids = pids;
        this.startTicks = compilerTicks(pids);
        this.startNanos = System.nanoTime();
    }

    static JitActivity start(List<Long> pids) {
        return new JitActivity(pids);
    }

    /** The compilers' CPU since the start, as a share of one core over the same time, in percent. */
    double percentOfOneCore() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return 100 * (compilerTicks(pids) - startTicks) / TICKS_PER_SECOND / seconds;
    }

    private static long compilerTicks(List<Long> pids) {
        return pids.stream().mapToLong(JitActivity::compilerTicks).sum();
    }

    private static long compilerTicks(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.mapToLong(JitActivity::compilerTicksOfThread).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime of a HotSpot compiler thread ("C1 CompilerThre…", "C2 CompilerThre…"), else 0. */
    private static long compilerTicksOfThread(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!name.contains("CompilerThre")) {
                return 0;
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
