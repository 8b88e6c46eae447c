package dev.stockadj.benchmarks;

import dev.stockadj.app.input.CountFile;
import dev.stockadj.app.input.CountFileReader;
import dev.stockadj.core.model.count.CountLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reading a count file (app-cli's {@link CountFileReader}): a CSV with every column a count may have
 * ({@code item,counted,unit_cost,bin,lot,expires}), the lines of {@link Counts}' detailed count, checked and
 * hashed as {@code plan} and {@code apply} read it.
 */
public class CountFileReadingBenchmark extends LineBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int lines;

    private Path file;
    private final CountFileReader reader = new CountFileReader();

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("stockadj-bench-count", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("item,counted,unit_cost,bin,lot,expires\n");
            for (CountLine line : Counts.generate(lines, false, true).count().lines()) {
                out.write(line.item().value() + "," + line.counted().plain() + "," + text(line.unitCost().map(c -> c.plain()))
                        + "," + text(line.bin().map(b -> b.value())) + "," + text(line.lot().map(l -> l.value())) + ","
                        + text(line.expires().map(String::valueOf)) + "\n");
            }
        }
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }

    @Benchmark
    public CountFile read() {
        return reader.read(file);
    }

    @TearDown(Level.Trial)
    public void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }
}
