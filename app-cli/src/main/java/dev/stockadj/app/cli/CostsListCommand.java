package dev.stockadj.app.cli;

import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.LocationId;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List cost adjustments.")
final class CostsListCommand implements WiredCommand<CostAdjustments> {
    @Option(names = "--status", paramLabel = "draft|closed", description = "only drafts or only closed ones")
    String status;

    @Option(names = "--branch", paramLabel = "ID", description = "only this branch")
    String branch;

    @Option(names = "--from", paramLabel = "D", description = "business date on or after (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "business date on or before (YYYY-MM-DD)")
    LocalDate to;

    @Mixin
    VendorOptions vendor;

    @Spec
    CommandSpec spec;

    @Override
    public int run(CostAdjustments costs) {
        CostAdjustmentFilter filter = CostAdjustmentFilter.none();
        if (status != null) {
            filter = filter.withStatus(Values.of("--status", status, CostAdjustmentStatus::parse));
        }
        if (branch != null) {
            filter = filter.withBranch(Values.of("--branch", branch, LocationId::new));
        }
        if (from != null || to != null) {
            filter = filter.withBusinessDateRange(Optional.ofNullable(from), Optional.ofNullable(to));
        }
        CostAdjustmentFilter chosen = filter;
        return costs.run(vendor.json, spec.commandLine().getOut(), manage -> {
            CostsView.list(manage.list(chosen), vendor.json, spec.commandLine().getOut());
            return ExitCode.OK.code();
        });
    }
}
