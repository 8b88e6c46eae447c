package dev.stockadj.benchmarks;

import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.service.PlanCountService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.util.Optional;

/**
 * The core's planning of one count, on one thread, through the public use case: validate the whole input, resolve
 * SKUs, sum the lines per position, check them, read the book, plan the variance and the documents with their keys,
 * fingerprint the count. The vendor answers from memory at no cost ({@link BenchVendor}). Compare with
 * {@link RawLoopBaseline} of the same {@code lines} in the same run.
 */
public class PlanningBenchmark extends LineBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int lines;

    @Param({"DELTA", "ABSOLUTE"})
    public VendorShape vendor;

    /** How the count names its items: vendor item ids, or SKUs resolved first. */
    @Param({"ITEM", "SKU"})
    public String naming;

    private PlanCountService planning;
    private CountCommand command;

    @Setup(Level.Trial)
    public void setUp() {
        Counts.Scenario scenario = Counts.generate(lines, naming.equals("SKU"), vendor.detailed());
        planning = new PlanCountService(BenchVendor.of(scenario, vendor.capabilities()));
        command = new CountCommand(scenario.count(), Optional.of(VendorShape.ACCOUNTS), ConflictPolicy.FAIL);
        PlanResult first = planning.plan(command);
        if (!(first instanceof Planned)) {
            throw new IllegalStateException("the benchmark count does not plan: " + first);
        }
    }

    @Benchmark
    public PlanResult plan() {
        return planning.plan(command);
    }
}
