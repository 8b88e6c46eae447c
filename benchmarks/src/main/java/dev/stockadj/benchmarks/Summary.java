package dev.stockadj.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH result file ({@code -rf json}) into per-line figures: time and bytes allocated per line, lines per
 * second, and for planning the ratio of its throughput to the raw loop's at the same size in the same run (the
 * goal: at least 0.05 at a million lines, where the loop waits on memory as planning does), and for the floor's shape
 * (absolute, by item) how many times the least work any planner must do ({@link PlanningFloor}) at the same size
 * planning takes (the goal at every size: at most 2.5; README's Performance says why). Bytes per line come from the
 * gc profiler's {@code gc.alloc.rate.norm}.
 */
public final class Summary {
    private static final String BASELINE = "RawLoopBaseline";
    private static final String FLOOR = "PlanningFloor";

    private Summary() {
    }

    record Row(String benchmark, Map<String, String> params, double msPerOp, double error, double bytesPerOp) {
        int lines() {
            return Integer.parseInt(params.getOrDefault("lines", "1"));
        }

        double nsPerLine() {
            return msPerOp * 1e6 / lines();
        }

        String name() {
            String simple = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            StringBuilder name = new StringBuilder(simple);
            params.forEach((key, value) -> {
                if (!key.equals("lines")) {
                    name.append(' ').append(value);
                }
            });
            return name.toString();
        }
    }

    /** Arguments: JMH result files; their rows are printed together, ratios taken at equal sizes. */
    public static void main(String[] args) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String file : args) {
            rows.addAll(read(Path.of(file)));
        }
        print(rows, System.out);
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(file.toFile())) {
            Map<String, String> params = new java.util.TreeMap<>();
            result.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            JsonNode primary = result.path("primaryMetric");
            if (!primary.path("scoreUnit").asText().equals("ms/op")) {
                throw new IllegalArgumentException("expected ms/op, got " + primary.path("scoreUnit").asText());
            }
            double bytes = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
            rows.add(new Row(result.path("benchmark").asText(), params, primary.path("score").asDouble(),
                    primary.path("scoreError").asDouble(Double.NaN), bytes));
        }
        return rows;
    }

    static void print(List<Row> rows, PrintStream out) {
        Map<Integer, Double> baseline = new HashMap<>();
        rows.stream().filter(r -> r.benchmark().contains(BASELINE)).forEach(r -> baseline.put(r.lines(), r.nsPerLine()));
        Map<Integer, Double> floor = new HashMap<>();
        rows.stream().filter(r -> r.benchmark().contains(FLOOR)).forEach(r -> floor.put(r.lines(), r.nsPerLine()));
        out.printf(Locale.ROOT, "%-52s %9s %11s %9s %12s %9s %8s %9s%n", "benchmark", "lines", "ms/op", "ns/line",
                "lines/s", "B/line", "x loop", "÷ floor");
        for (Row row : rows) {
            Double loop = baseline.get(row.lines());
            String ratio = loop == null || row.benchmark().contains(BASELINE) || !row.benchmark().contains("Planning")
                    ? "" : String.format(Locale.ROOT, "%.3f", loop / row.nsPerLine());
            Double least = floor.get(row.lines());
            boolean floorShape = row.benchmark().contains("PlanningBenchmark")
                    && "ABSOLUTE".equals(row.params().get("vendor")) && "ITEM".equals(row.params().get("naming"));
            String times = least == null || !floorShape
                    ? "" : String.format(Locale.ROOT, "%.1f", row.nsPerLine() / least);
            out.printf(Locale.ROOT, "%-52s %,9d %11.2f %9.0f %,12.0f %9.0f %8s %9s%n", row.name(), row.lines(),
                    row.msPerOp(), row.nsPerLine(), 1e9 / row.nsPerLine(), row.bytesPerOp() / row.lines(), ratio,
                    times);
        }
    }
}
