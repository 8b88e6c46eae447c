package dev.stockadj.benchmarks;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor planning is measured against: per line, one {@link HashMap} lookup of the item's book quantity and one
 * {@link BigDecimal} subtraction, over the same lines and book as {@link PlanningBenchmark}'s absolute count of the
 * same size. Nothing real plans faster than this loop; the ratio of the two is the figure README reports.
 */
public class RawLoopBaseline extends LineBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int lines;

    private String[] items;
    private BigDecimal[] counted;
    private Map<String, BigDecimal> books;

    @Setup(Level.Trial)
    public void setUp() {
        Counts.Scenario scenario = Counts.generate(lines, false, false);
        List<CountLine> countLines = scenario.count().lines();
        items = new String[countLines.size()];
        counted = new BigDecimal[countLines.size()];
        books = new HashMap<>();
        for (int i = 0; i < items.length; i++) {
            CountLine line = countLines.get(i);
            items[i] = ((ItemId) line.item()).value();
            counted[i] = line.counted().value();
            books.put(items[i], scenario.books().of(Position.of((ItemId) line.item())).value());
        }
    }

    @Benchmark
    public void lookupAndSubtract(Blackhole variance) {
        for (int i = 0; i < items.length; i++) {
            variance.consume(counted[i].subtract(books.get(items[i])));
        }
    }
}
