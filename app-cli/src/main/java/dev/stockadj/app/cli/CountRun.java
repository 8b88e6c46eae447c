package dev.stockadj.app.cli;

import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.input.CountFile;
import dev.stockadj.app.input.CountFileReader;
import dev.stockadj.app.input.InputRejected;
import dev.stockadj.app.journal.ApplyProgress;
import dev.stockadj.app.logging.Verbosity;
import dev.stockadj.app.wiring.StockAdj;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.out.ClockPort;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code plan} and {@code apply} share: read the count file (every bad row reported before the
 * vendor is even contacted), build the command from the options and the configuration, print the
 * outcome, return its exit code.
 */
final class CountRun {
    private final Provider<StockAdj> stockAdj;
    private final Terminal terminal;
    private final ClockPort clock;
    private final Invocation invocation;

    @Inject
    CountRun(Provider<StockAdj> stockAdj, Terminal terminal, ClockPort clock, Invocation invocation) {
        this.stockAdj = stockAdj;
        this.terminal = terminal;
        this.clock = clock;
        this.invocation = invocation;
    }

    int plan(CountOptions options, CommandSpec spec) {
        return run(options, spec, false);
    }

    int apply(CountOptions options, CommandSpec spec) {
        return run(options, spec, true);
    }

    private int run(CountOptions options, CommandSpec spec, boolean apply) {
        PrintWriter out = spec.commandLine().getOut();
        CountOutcome outcome;
        Skus skus = Skus.NONE;
        Optional<CountReference> given = Optional.ofNullable(options.countRef)
                .map(ref -> Values.of("--count-ref", ref, CountReference::new));
        CountReference fileRef = given.orElseGet(() -> CountFile.shownReference(options.file));
        CountReference known = fileRef;
        // drawn on a terminal only, never under --json, nor with -v/-vv (log lines would tear the line apart)
        Optional<ProgressBar> bar = apply && !options.json && invocation.verbosity() == Verbosity.QUIET
                && terminal.interactive() ? Optional.of(ProgressBar.ticking(spec.commandLine().getErr(), clock))
                : Optional.empty();
        try {
            bar.ifPresent(b -> b.stage("reading " + options.file.getFileName() + size(options.file)));
            CountFile file = new CountFileReader().read(options.file);
            StockAdj adj = stockAdj.get();
            CountCommand command = options.command(file, adj.vendor().defaults(),
                    ref -> adj.journal().plan(ref, adj.vendor().ports().capabilities().vendor(), adj.vendor().ports().destination())
                            .map(CountPlan::date),
                    LocalDate.ofInstant(clock.now(), ZoneId.systemDefault()));
            CountReference ref = command.count().reference();
            known = ref;
            skus = Skus.of(command.count().lines());
            if (apply) {
                bar.ifPresent(b -> b.stage(String.format(Locale.ROOT, "planning %,d line(s): checking them and"
                        + " reading the book from the vendor", command.count().lines().size())));
                ApplyProgress progress = bar.<ApplyProgress>map(b -> b).orElse(ApplyProgress.NONE);
                outcome = CountOutcome.of(ref, adj.applying(progress).apply(command));
            } else {
                outcome = CountOutcome.of(ref, adj.planning().plan(command));
            }
        } catch (InputRejected e) {
            outcome = CountOutcome.invalid(fileRef, e.problems(), e.omitted());
        } catch (RuntimeException e) {
            Optional<ExitCode> exit = ExitCode.of(e);
            if (!options.json || exit.isEmpty()) {
                throw e; // the failure handler prints it; without --json there is no shape to keep
            }
            FailureReport.trace(e, false, spec.commandLine().getErr()); // the log file's copy; stderr keeps its one line
            Throwable cause = ExitCode.unwrap(e);
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            bar.ifPresent(ProgressBar::close);
            spec.commandLine().getErr().println("stockadj: " + message);
            outcome = CountOutcome.failed(known, exit.get(), message);
        } finally {
            bar.ifPresent(ProgressBar::close); // the status line ends however the run ended
        }
        if (options.json) {
            out.println(CountJson.of(outcome));
            out.flush();
        } else {
            CountTable.print(outcome, skus, out);
        }
        return outcome.exit().code();
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1_000_000 ? "" : String.format(Locale.ROOT, " (%,d MB)", bytes / 1_000_000);
        } catch (IOException | RuntimeException e) {
            return ""; // the reader says what is wrong with the file
        }
    }
}
