package dev.stockadj.app.cli;

import dev.stockadj.core.model.CostAdjustment;
import dev.stockadj.core.port.in.ManageCostAdjustmentsUseCase;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show one cost adjustment with its items.")
final class CostsShowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "the cost adjustment's id")
    String id;

    @Mixin
    VendorOptions vendor;

    @Spec
    CommandSpec spec;

    private final CostAdjustments costs;

    @Inject
    CostsShowCommand(CostAdjustments costs) {
        this.costs = costs;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ManageCostAdjustmentsUseCase> manage = costs.manage();
        if (manage.isEmpty()) {
            return Notice.print("refused", ExitCode.INVALID, costs.refusal(), List.of(), vendor.json, out);
        }
        Optional<CostAdjustment> found = manage.get().show(CostAdjustments.id(id));
        if (found.isEmpty()) {
            return Notice.print("not_found", ExitCode.INVALID, "no cost adjustment " + id, List.of(), vendor.json, out);
        }
        CostsView.show(found.get(), vendor.json, out);
        return ExitCode.OK.code();
    }
}
