package dev.stockadj.benchmarks;

import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.service.PlanCountService;
import dev.stockadj.journal.JdbcJournal;
import dev.stockadj.journal.JournalDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Freezing a planned count in a SQLite journal (journal-jdbc), as the first {@code apply} does: the plan as JSON
 * and one PLANNED entry per document, in one transaction. Each invocation freezes into a journal file of its own,
 * created (with its tables) before the clock starts.
 */
public class JournalFreezeBenchmark extends LineBenchmark {
    @Param({"10000", "100000"})
    public int lines;

    private CountPlan plan;
    private List<JournalEntry> entries;
    private Path folder;
    private JdbcJournal journal;
    private int invocation;

    @Setup(Level.Trial)
    public void plan() throws IOException {
        Counts.Scenario scenario = Counts.generate(lines, false, false);
        PlanCountService planning = new PlanCountService(BenchVendor.of(scenario, VendorShape.ABSOLUTE.capabilities()));
        plan = ((Planned) planning.plan(new CountCommand(scenario.count(), Optional.of(VendorShape.ACCOUNTS),
                ConflictPolicy.FAIL))).plan();
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        entries = plan.documents().stream().map(document -> JournalEntry.planned(document, now)).toList();
        folder = Files.createTempDirectory("stockadj-bench-journal");
    }

    @Setup(Level.Invocation)
    public void freshJournal() {
        journal = new JdbcJournal(JournalDatabase.of(folder.resolve("journal-" + invocation++ + ".db").toString()));
        journal.entries();
    }

    @Benchmark
    public boolean freeze() {
        return journal.freeze(plan, entries);
    }

    @TearDown(Level.Trial)
    public void removeJournals() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
