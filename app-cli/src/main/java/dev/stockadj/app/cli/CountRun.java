package dev.stockadj.app.cli;

import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.input.CountFile;
import dev.stockadj.app.input.CountFileReader;
import dev.stockadj.app.input.InputRejected;
import dev.stockadj.app.wiring.ConfiguredVendor;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.port.in.ApplyCountUseCase;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.PlanCountUseCase;
import dev.stockadj.core.port.in.ReadJournalUseCase;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.VendorPorts;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code plan} and {@code apply} share, and run on: read the count file (every bad row reported before the
 * vendor is even contacted), build the command from the options and the configured vendor's defaults, drive the
 * use case, print the outcome, return its exit code. Under {@code --json} a failure prints the count's shape too.
 */
final class CountRun {
    private final Provider<ConfiguredVendor> vendor;
    private final Provider<PlanCountUseCase> planning;
    private final Provider<ApplyCountUseCase> applying;
    private final Provider<ReadJournalUseCase> journal;
    private final Provider<Optional<ProgressBar>> progress;
    private final ClockPort clock;
    private final Invocation invocation;

    @Inject
    CountRun(Provider<ConfiguredVendor> vendor, Provider<PlanCountUseCase> planning,
             Provider<ApplyCountUseCase> applying, Provider<ReadJournalUseCase> journal,
             Provider<Optional<ProgressBar>> progress, ClockPort clock, Invocation invocation) {
        this.vendor = vendor;
        this.planning = planning;
        this.applying = applying;
        this.journal = journal;
        this.progress = progress;
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
        Optional<ProgressBar> bar = apply ? progress.get() : Optional.empty();
        try {
            bar.ifPresent(b -> b.stage("reading " + options.file.getFileName() + size(options.file)));
            CountFile file = new CountFileReader().read(options.file);
            VendorPorts ports = vendor.get().ports();
            Function<CountCommand, CountOutcome> useCase = apply ? apply(applying.get(), bar) : plan(planning.get());
            CountCommand command = options.command(file, vendor.get().defaults(),
                    ref -> journal.get().plan(ref, ports.capabilities().vendor(), ports.destination())
                            .map(CountPlan::date),
                    LocalDate.ofInstant(clock.now(), ZoneId.systemDefault()));
            known = command.count().reference();
            skus = Skus.of(command.count().lines());
            outcome = useCase.apply(command);
        } catch (InputRejected e) {
            outcome = CountOutcome.invalid(fileRef, e.problems(), e.omitted());
        } catch (RuntimeException e) {
            if (!options.json) {
                throw e; // reported as every failure is; without --json there is no shape to keep
            }
            CountReference ref = known;
            FailureReport.JsonShape count = (failure, exit, message, json) ->
                    json.println(CountJson.of(CountOutcome.failed(ref, exit, message)));
            return FailureReport.report(e, true, invocation.debug(), count, out, spec.commandLine().getErr());
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

    private static Function<CountCommand, CountOutcome> plan(PlanCountUseCase planning) {
        return command -> CountOutcome.of(command.count().reference(), planning.plan(command));
    }

    private static Function<CountCommand, CountOutcome> apply(ApplyCountUseCase applying, Optional<ProgressBar> bar) {
        return command -> {
            bar.ifPresent(b -> b.stage(String.format(Locale.ROOT, "planning %,d line(s): checking them and"
                    + " reading the book from the vendor", command.count().lines().size())));
            return CountOutcome.of(command.count().reference(), applying.apply(command));
        };
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
