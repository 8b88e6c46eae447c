package dev.stockadj.app.cli;

import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.port.in.ManageCostAdjustmentsUseCase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List cost adjustments.")
final class CostsListCommand implements Callable<Integer> {
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

    private final CostAdjustments costs;

    @Inject
    CostsListCommand(CostAdjustments costs) {
        this.costs = costs;
    }

    @Override
    public Integer call() {
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
        Optional<ManageCostAdjustmentsUseCase> manage = costs.manage();
        if (manage.isEmpty()) {
            return Notice.print("refused", ExitCode.INVALID, costs.refusal(), List.of(), vendor.json,
                    spec.commandLine().getOut());
        }
        CostsView.list(manage.get().list(filter), vendor.json, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
