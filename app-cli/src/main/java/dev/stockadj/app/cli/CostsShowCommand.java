package dev.stockadj.app.cli;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustment;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show one cost adjustment with its items.")
final class CostsShowCommand implements WiredCommand<CostAdjustments> {
    @Parameters(index = "0", paramLabel = "ID", description = "the cost adjustment's id")
    String id;

    @Mixin
    VendorOptions vendor;

    @Spec
    CommandSpec spec;

    @Override
    public int run(CostAdjustments costs) {
        PrintWriter out = spec.commandLine().getOut();
        return costs.run(vendor.json, out, manage -> {
            Optional<CostAdjustment> found = manage.show(Values.of("ID", id, CostAdjustmentId::new));
            if (found.isEmpty()) {
                return Notice.print("not_found", ExitCode.INVALID, "no cost adjustment " + id, List.of(), vendor.json,
                        out);
            }
            CostsView.show(found.get(), vendor.json, out);
            return ExitCode.OK.code();
        });
    }
}
