package dev.stockadj.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@link ApplyDocumentBenchmark}'s JMH result file into the figures README gives: each benchmark's time and
 * throughput with raw OkHttp's beside it, the adapter's ratio (raw OkHttp's time ÷ the adapter's post's, same run;
 * the goal is at least 0.8), and an apply split into planning, the POST, the journal and the rest.
 */
public final class ApplySummary {
    private static final double GOAL = 0.8;

    private ApplySummary() {
    }

    public static void main(String[] args) throws IOException {
        print(read(Path.of(args[0])), System.out);
    }

    /** Microseconds per operation by name ({@code post}, {@code apply sqlite}, …) and bytes allocated per operation. */
    record Figure(double micros, double error, double bytes) {
    }

    static Map<String, Figure> read(Path file) throws IOException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(file.toFile())) {
            String method = result.path("benchmark").asText().replaceAll(".*\\.", "");
            String journal = result.path("params").path("journal").asText("");
            JsonNode primary = result.path("primaryMetric");
            if (!primary.path("scoreUnit").asText().equals("us/op")) {
                throw new IllegalArgumentException("expected us/op, got " + primary.path("scoreUnit").asText());
            }
            figures.put(journal.isEmpty() ? method : method + " " + journal, new Figure(primary.path("score").asDouble(),
                    primary.path("scoreError").asDouble(Double.NaN),
                    result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN)));
        }
        return figures;
    }

    static void print(Map<String, Figure> figures, PrintStream out) {
        Figure raw = figures.get("rawOkHttp");
        out.printf(Locale.ROOT, "%-22s %10s %9s %9s %10s %12s%n", "benchmark", "µs/op", "± µs", "ops/s", "B/op",
                "raw ÷ this");
        figures.forEach((name, f) -> out.printf(Locale.ROOT, "%-22s %10.1f %9.1f %9.0f %10.0f %12s%n", name, f.micros(),
                f.error(), 1e6 / f.micros(), f.bytes(), raw == null ? "" : String.format(Locale.ROOT, "%.3f",
                        raw.micros() / f.micros())));
        Figure post = figures.get("post");
        if (raw != null && post != null) {
            double ratio = raw.micros() / post.micros();
            out.printf(Locale.ROOT, "%nadapter exchange ratio (raw OkHttp µs ÷ post µs): %.3f — goal ≥ %.1f: %s%n", ratio,
                    GOAL, ratio >= GOAL ? "met" : "NOT met");
        }
        Figure plan = figures.get("plan");
        Figure memory = figures.get("apply memory");
        Figure sqlite = figures.get("apply sqlite");
        Figure unsynced = figures.get("apply sqlite-unsynced");
        if (plan != null && post != null && memory != null && sqlite != null) {
            out.printf(Locale.ROOT, "apply per document, SQLite journal: %.0f µs = planning %.0f + POST %.0f + the"
                            + " core's own work %.0f (apply in memory − planning − POST) + journal %.0f (SQLite −"
                            + " in memory)%n", sqlite.micros(), plan.micros(), post.micros(),
                    memory.micros() - plan.micros() - post.micros(), sqlite.micros() - memory.micros());
        }
        if (memory != null && sqlite != null && unsynced != null) {
            out.printf(Locale.ROOT, "journal %.0f µs = waiting for the disk %.0f (SQLite − SQLite unsynced) + SQLite's"
                            + " own work %.0f (unsynced − in memory)%n", sqlite.micros() - memory.micros(),
                    sqlite.micros() - unsynced.micros(), unsynced.micros() - memory.micros());
        }
    }
}
