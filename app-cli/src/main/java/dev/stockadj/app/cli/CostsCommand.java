package dev.stockadj.app.cli;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.CostAdjustmentId;
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

/** {@code costs apply|list} (their own classes) and {@code costs show|close|delete ID} (methods here). */
@Command(name = "costs", description = "Cost corrections (Foodics cost adjustments).",
        subcommands = {CostsApplyCommand.class, CostsListCommand.class, CostsUpdateCommand.class})
final class CostsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CostAdjustments costs;

    @Inject
    CostsCommand(CostAdjustments costs) {
        this.costs = costs;
    }

    /** Without a subcommand: the usage, and exit 2 (bad input). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID.code();
    }

    @Command(name = "show", description = "Show one cost adjustment with its items.")
    int show(@Parameters(paramLabel = "ID", description = "the cost adjustment's id") String id,
             @Mixin VendorOptions vendor) {
        return withAdjustments(vendor, (manage, out) -> {
            Optional<CostAdjustment> found = manage.show(id(id));
            if (found.isEmpty()) {
                return Notice.print("not_found", ExitCode.INVALID, "no cost adjustment " + id, List.of(), vendor.json, out);
            }
            CostsView.show(found.get(), vendor.json, out);
            return ExitCode.OK.code();
        });
    }

    @Command(name = "close", description = "Close a draft: its costs take effect, the previous costs are recorded.")
    int close(@Parameters(paramLabel = "ID", description = "the cost adjustment's id") String id,
              @Mixin VendorOptions vendor) {
        return withAdjustments(vendor, (manage, out) -> {
            CostsView.show(manage.close(id(id)), vendor.json, out);
            return ExitCode.OK.code();
        });
    }

    @Command(name = "delete", description = "Delete a draft cost adjustment.")
    int delete(@Parameters(paramLabel = "ID", description = "the cost adjustment's id") String id,
               @Mixin VendorOptions vendor) {
        return withAdjustments(vendor, (manage, out) -> {
            manage.delete(id(id));
            return Notice.print("deleted", ExitCode.OK, "deleted cost adjustment " + id, List.of(), vendor.json, out);
        });
    }

    private interface Action {
        int run(ManageCostAdjustmentsUseCase manage, PrintWriter out);
    }

    private int withAdjustments(VendorOptions vendor, Action action) {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ManageCostAdjustmentsUseCase> manage = costs.manage();
        if (manage.isEmpty()) {
            return Notice.print("refused", ExitCode.INVALID, costs.refusal(), List.of(), vendor.json, out);
        }
        return action.run(manage.get(), out);
    }

    private static CostAdjustmentId id(String text) {
        return Values.of("ID", text, CostAdjustmentId::new);
    }
}
