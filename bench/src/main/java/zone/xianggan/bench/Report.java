package zone.xianggan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The results as a Markdown table and a CSV, with the machine's facts. */
final class Report {

    private Report() {
    }

    static String markdown(String title, Map<String, String> facts, List<Result> results, String notes) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        md.append("| machine | |\n|---|---|\n");
        facts.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        md.append("\n| section | measure | value | unit | baseline (same run) | baseline value | ratio | target | met |\n");
        md.append("|---|---|---:|---|---|---:|---:|---|---|\n");
        for (Result r : results) {
            md.append("| ").append(r.section()).append(" | ").append(r.measure()).append(" | ")
                    .append(number(r.value())).append(" | ").append(r.unit()).append(" | ")
                    .append(r.baselineName()).append(" | ").append(number(r.baseline())).append(" | ")
                    .append(Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", r.ratio()))
                    .append(" | ").append(r.target()).append(" | ")
                    .append(r.met() == null ? "" : r.met() ? "yes" : "**no**").append(" |\n");
        }
        if (!notes.isBlank()) {
            md.append("\n").append(notes).append("\n");
        }
        return md.toString();
    }

    static String csv(List<Result> results) {
        String header = "section,measure,value,unit,baseline,baseline_value,ratio,target,met\n";
        return header + results.stream().map(r -> String.join(",", quote(r.section()), quote(r.measure()),
                raw(r.value()), quote(r.unit()), quote(r.baselineName()), raw(r.baseline()), raw(r.ratio()),
                quote(r.target()), r.met() == null ? "" : r.met().toString())).collect(Collectors.joining("\n"))
                + "\n";
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String raw(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
