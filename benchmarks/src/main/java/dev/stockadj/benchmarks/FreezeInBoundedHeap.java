package dev.stockadj.benchmarks;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.service.PlanCountService;
import dev.stockadj.journal.JdbcJournal;
import dev.stockadj.journal.JournalDatabase;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether a large plan can be frozen in the journal, and read back as a resumed apply reads it, in the heap the
 * issue allows ({@code -Xmx512m}): issue 11 asks for apply in bounded memory, and the frozen plan is the one thing
 * apply writes whole. For each size: a count of that many lines by item, each its own item, planned for an
 * ABSOLUTE (Qoyod-like) vendor, frozen into a new SQLite journal, then — the plan dropped, the count kept, as on
 * resume — read back. Each step prints its time, the live heap's high-water mark after a GC in it and the heap's
 * peak by memory pool ({@link HeapWatch}); last, the plan read back is compared with the one frozen by its hash
 * (a deep one: plans are records) and sizes, since the two do not fit in the heap together (journal-jdbc's tests
 * check plans read back are equal).
 *
 * <p>Run: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.stockadj.benchmarks.FreezeInBoundedHeap
 * 100000 1000000}. Exit status 1 if a step ran out of memory or the plan read back is not the one frozen.
 */
public final class FreezeInBoundedHeap {
    private static final PrintStream OUT = System.out;

    private FreezeInBoundedHeap() {
    }

    public static void main(String[] args) throws IOException {
        OUT.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        boolean fine = true;
        for (String size : args.length == 0 ? new String[]{"100000", "1000000"} : args) {
            Path folder = Files.createTempDirectory("stockadj-freeze-check");
            try {
                fine &= check(Integer.parseInt(size), folder);
            } finally {
                TempFolders.delete(folder);
            }
        }
        System.exit(fine ? 0 : 1);
    }

    private static boolean check(int lines, Path folder) throws IOException {
        HeapWatch watch = new HeapWatch();
        JdbcJournal journal = new JdbcJournal(JournalDatabase.of(folder.resolve("journal.db").toString()));
        journal.entries();
        Frozen frozen = planAndFreeze(lines, journal, watch);
        if (frozen == null) {
            return false;
        }
        OUT.printf("%,9d lines  journal file %,d MB, %,d documents%n", lines,
                Files.size(folder.resolve("journal.db")) >> 20, frozen.documents());
        CountPlan read = step(lines, "read back", watch, () -> journal.plan(frozen.reference(), frozen.destination())
                .orElseThrow());
        if (read == null) {
            return false;
        }
        boolean same = read.hashCode() == frozen.hash() && read.variance().lines().size() == frozen.varianceLines()
                && read.documents().size() == frozen.documents();
        OUT.printf("%,9d lines  plan read back %s the plan frozen (hash, lines, documents)%n", lines,
                same ? "matches" : "DIFFERS FROM");
        return same;
    }

    /**
     * Plans and freezes; the vendor's book and the plan are unreachable once this returns, the count kept (in
     * {@link Frozen}), as on resume, where apply holds the count it read and the plan it reads back.
     */
    private static Frozen planAndFreeze(int lines, JdbcJournal journal, HeapWatch watch) {
        Counts.Scenario scenario = Counts.generate(lines, false, false);
        PlanCountService planning = new PlanCountService(BenchVendor.of(scenario, VendorShape.ABSOLUTE.capabilities()));
        CountCommand command = new CountCommand(scenario.count(), Optional.of(VendorShape.ACCOUNTS), ConflictPolicy.FAIL);
        CountPlan plan = step(lines, "plan", watch, () -> ((Planned) planning.plan(command)).plan());
        if (plan == null) {
            return null;
        }
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        List<JournalEntry> entries = plan.documents().stream().map(d -> JournalEntry.planned(d, now)).toList();
        Boolean frozen = step(lines, "freeze", watch, () -> journal.freeze(plan, entries));
        return Boolean.TRUE.equals(frozen) ? new Frozen(scenario.count(), plan.reference(), plan.destination(),
                plan.hashCode(), plan.variance().lines().size(), entries.size()) : null;
    }

    /** What of a frozen plan the read-back needs and checks, and the count a resumed apply holds. */
    private record Frozen(StockCount count, CountReference reference, Destination destination, int hash,
                          int varianceLines, int documents) {
    }

    /** Runs {@code work} as one step and prints its time and heap; null if it ran out of memory. */
    private static <T> T step(int lines, String name, HeapWatch watch, Supplier<T> work) {
        System.gc();
        long floor = watch.reset();
        long start = System.nanoTime();
        try {
            T result = work.get();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long high = watch.liveHighWater();
            long peaks = watch.poolPeaks();
            long gcs = watch.collections();
            System.gc();
            OUT.printf("%,9d lines  %-9s %,7d ms  live before %,4d MB, high-water %,4d MB, after %,4d MB;"
                    + " pool peaks %,4d MB (%d GCs)%n", lines, name, millis, floor >> 20, high >> 20,
                    watch.used() >> 20, peaks >> 20, gcs);
            return result;
        } catch (OutOfMemoryError e) {
            OUT.printf("%,9d lines  %-9s OUT OF MEMORY after %,d ms (%s)%n", lines, name,
                    (System.nanoTime() - start) / 1_000_000, e.getMessage());
            return null;
        }
    }
}
