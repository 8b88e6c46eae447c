package dev.stockadj.app.cli;

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

@Command(name = "delete", description = "Delete a cost adjustment.")
final class CostsDeleteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "the cost adjustment's id")
    String id;

    @Mixin
    VendorOptions vendor;

    @Spec
    CommandSpec spec;

    private final CostAdjustments costs;

    @Inject
    CostsDeleteCommand(CostAdjustments costs) {
        this.costs = costs;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ManageCostAdjustmentsUseCase> manage = costs.manage();
        if (manage.isEmpty()) {
            return Notice.print("refused", ExitCode.INVALID, costs.refusal(), List.of(), vendor.json, out);
        }
        manage.get().delete(CostAdjustments.id(id));
        Notice.print("deleted", ExitCode.OK, "deleted cost adjustment " + id, List.of(), vendor.json, out);
        return ExitCode.OK.code();
    }
}
