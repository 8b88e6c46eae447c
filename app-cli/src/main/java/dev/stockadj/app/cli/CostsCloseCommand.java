package dev.stockadj.app.cli;

import dev.stockadj.core.model.CostAdjustmentId;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "close", description = "Close a draft: its costs take effect, the previous costs are recorded.")
final class CostsCloseCommand implements WiredCommand<CostAdjustments> {
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
            CostsView.show(manage.close(Values.of("ID", id, CostAdjustmentId::new)), vendor.json, out);
            return ExitCode.OK.code();
        });
    }
}
