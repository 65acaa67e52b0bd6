package zone.xianggan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The facts a reader needs to compare a result with their own: cores, memory, JDK, database, Kafka. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> facts(String database, String kafkaVersion, CpuTimes sinceStart) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.put("cpu", cpuModel());
        facts.put("memory", memTotal());
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("database", database);
        facts.put("kafka", "Apache Kafka " + kafkaVersion + " (KRaft, one broker, own process)");
        facts.put("cpu stolen by the hypervisor during the run", sinceStart.stealShareUntilNow());
        return facts;
    }

    /**
     * The machine's CPU time from {@code /proc/stat}: on a shared virtual machine the share the hypervisor gave to
     * others ("steal") changes every figure, so a reader must see it beside them.
     */
    record CpuTimes(long total, long steal) {

        static CpuTimes now() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < fields.length && i <= 8; i++) {
                    total += Long.parseLong(fields[i]);
                }
                return new CpuTimes(total, fields.length > 8 ? Long.parseLong(fields[8]) : 0);
            } catch (IOException | RuntimeException e) {
                return new CpuTimes(0, 0);
            }
        }

        String stealShareUntilNow() {
            CpuTimes now = now();
            long total = now.total - this.total;
            return total <= 0 ? "unknown" : String.format("%.1f%%", 100.0 * (now.steal - steal) / total);
        }
    }

    /** Resident memory of a process, in MiB, from /proc (Linux). */
    static double residentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /**
     * The JVM's own account of a process's memory, where it was started with
     * {@code -XX:NativeMemoryTracking=summary} (e.g. through {@code JDK_JAVA_OPTIONS}); empty otherwise.
     */
    static String nativeMemorySummary(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            return jcmd.waitFor() == 0 && out.contains("Total:") ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name");
    }

    private static String memTotal() {
        String kb = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        try {
            return String.format("%.1f GiB", Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return kb;
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
