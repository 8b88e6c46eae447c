package dev.stockadj.app.cli;

import dev.stockadj.core.model.CostAdjustmentId;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", description = "Delete a draft cost adjustment.")
final class CostsDeleteCommand implements WiredCommand<CostAdjustments> {
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
            manage.delete(Values.of("ID", id, CostAdjustmentId::new));
            return Notice.print("deleted", ExitCode.OK, "deleted cost adjustment " + id, List.of(), vendor.json, out);
        });
    }
}
