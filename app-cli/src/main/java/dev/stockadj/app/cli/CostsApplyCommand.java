package dev.stockadj.app.cli;

import dev.stockadj.app.config.ConfigException;
import dev.stockadj.app.input.CostsFileReader;
import dev.stockadj.app.input.InputRejected;
import dev.stockadj.app.wiring.ConfiguredVendor;
import dev.stockadj.plumbing.wiring.VendorDefaults;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostCorrectionResult;
import dev.stockadj.core.port.in.CorrectCostsUseCase;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apply", description = "Correct unit costs at a branch, exactly once (closed unless --draft).")
final class CostsApplyCommand implements WiredCommand<CostsApplyCommand.Needs> {
    @Parameters(index = "0", paramLabel = "COSTS_FILE", description = "item or sku, cost_per_unit (CSV or JSON)")
    Path file;

    @Option(names = "--branch", paramLabel = "ID", description = "the branch (overrides the configured one)")
    String branch;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the business date (default: today)")
    LocalDate date;

    @Option(names = "--notes", paramLabel = "TEXT", defaultValue = "", description = "notes for the adjustment")
    String notes;

    @Option(names = "--draft", description = "leave the adjustment a draft, to review and close later")
    boolean draft;

    @Mixin
    VendorOptions vendor;

    @Spec
    CommandSpec spec;

    /** The configured vendor (its defaults) and the use case. */
    record Needs(Provider<ConfiguredVendor> vendor, Provider<CorrectCostsUseCase> correcting) {
        @Inject
        Needs {
        }
    }

    @Override
    public int run(Needs needs) {
        PrintWriter out = spec.commandLine().getOut();
        List<CostLine> lines;
        try {
            lines = new CostsFileReader().read(file);
        } catch (InputRejected e) {
            return Notice.print("invalid", ExitCode.INVALID, "nothing was sent", e.problems(), e.omitted(), vendor.json,
                    out);
        }
        VendorDefaults defaults = needs.vendor().get().defaults();
        LocationId where = branch != null ? Values.of("--branch", branch, LocationId::new)
                : defaults.location().orElseThrow(() -> new ConfigException(defaults.locationKey(),
                        "missing setting: configure it or pass --branch"));
        CostCorrectionResult result = needs.correcting().get().correct(new CostCorrectionCommand(where,
                Optional.ofNullable(date).orElse(LocalDate.now(Clock.systemDefaultZone())), notes, draft,
                defaults.currency(), lines));
        if (result instanceof CostCorrectionReport report) {
            CostsView.report(report, vendor.json, out);
        } else if (result instanceof Invalid invalid) {
            Notice.print("invalid", ExitCode.of(result), "nothing was sent", invalid.problems(), vendor.json, out);
        } else {
            Notice.print("refused", ExitCode.of(result), ((Refused) result).reason(), List.of(), vendor.json, out);
        }
        return ExitCode.of(result).code();
    }
}
