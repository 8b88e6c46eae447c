package dev.stockadj.app.cli;

import dev.stockadj.app.input.CostsFileReader;
import dev.stockadj.app.input.InputRejected;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.port.in.CostUpdateResult;
import dev.stockadj.core.port.in.DraftUpdated;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.in.UpdateDraftCostsUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "update", description = "Replace a draft's items with a costs file (checked as costs apply checks it);"
        + " a closed adjustment is refused before anything is sent.")
final class CostsUpdateCommand implements WiredCommand<CostsUpdateCommand.Needs> {
    @Parameters(index = "0", paramLabel = "ID", description = "the draft cost adjustment's id")
    String id;

    @Parameters(index = "1", paramLabel = "COSTS_FILE", description = "item or sku, cost_per_unit (CSV or JSON)")
    Path file;

    @Mixin
    VendorOptions vendor;

    @Spec
    CommandSpec spec;

    /** The use case; a vendor that keeps no cost adjustments has it refuse every update. */
    record Needs(Provider<UpdateDraftCostsUseCase> drafts) {
        @Inject
        Needs {
        }
    }

    @Override
    public int run(Needs needs) {
        PrintWriter out = spec.commandLine().getOut();
        CostAdjustmentId adjustment = Values.of("ID", id, CostAdjustmentId::new);
        List<CostLine> lines;
        try {
            lines = new CostsFileReader().read(file);
        } catch (InputRejected e) {
            return Notice.print("invalid", ExitCode.INVALID, "nothing was sent", e.problems(), e.omitted(), vendor.json,
                    out);
        }
        CostUpdateResult result = needs.drafts().get().update(adjustment, lines);
        if (result instanceof DraftUpdated updated) {
            CostsView.show(updated.after(), vendor.json, out);
        } else if (result instanceof Invalid invalid) {
            Notice.print("invalid", ExitCode.of(result), "nothing was sent", invalid.problems(), vendor.json, out);
        } else {
            Notice.print("refused", ExitCode.of(result), ((Refused) result).reason(), List.of(), vendor.json, out);
        }
        return ExitCode.of(result).code();
    }
}
