package dev.stockadj.app.cli;

import dev.stockadj.app.input.CountFile;
import dev.stockadj.app.input.CountFileReader;
import dev.stockadj.app.input.InputRejected;
import dev.stockadj.app.journal.ApplyProgress;
import dev.stockadj.app.wiring.StockAdj;
import dev.stockadj.core.model.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.out.ClockPort;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

    @Inject
    CountRun(Provider<StockAdj> stockAdj, Terminal terminal, ClockPort clock) {
        this.stockAdj = stockAdj;
        this.terminal = terminal;
        this.clock = clock;
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
        try {
            CountFile file = new CountFileReader().read(options.file);
            StockAdj adj = stockAdj.get();
            CountCommand command = options.command(file, adj.vendor().defaults(),
                    ref -> adj.journal().plan(ref, adj.vendor().quantities().destination()).map(CountPlan::date),
                    LocalDate.ofInstant(clock.now(), ZoneId.systemDefault()));
            CountReference ref = command.count().reference();
            known = ref;
            skus = Skus.of(command.count().lines());
            if (apply) {
                ApplyProgress progress = options.json || !terminal.interactive()
                        ? ApplyProgress.NONE : new ProgressBar(spec.commandLine().getErr());
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
            spec.commandLine().getErr().println("stockadj: " + message);
            outcome = CountOutcome.failed(known, exit.get(), message);
        }
        if (options.json) {
            out.println(CountJson.of(outcome));
            out.flush();
        } else {
            CountTable.print(outcome, skus, out);
        }
        return outcome.exit().code();
    }
}
