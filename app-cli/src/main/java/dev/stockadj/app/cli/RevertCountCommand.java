package dev.stockadj.app.cli;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertCountUseCase;
import dev.stockadj.core.port.in.RevertResult;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "revert", description = {"Undo an applied count where the vendor allows it, exactly once (a re-run"
        + " continues it; a step in doubt is resolved before it is sent again).",
    "Order Time: each document deleted, newest first. Qoyod: a counter-adjustment setting each position back to the"
        + " book the count was planned from, where the stock is still at the count's target (--on-conflict for the"
        + " rest). Foodics: a draft deleted; a closed adjustment reversed by one restoring the previous costs.",
    "A reverted count shows as REVERTED in stockadj journal; applying it again needs a new count reference."})
final class RevertCountCommand implements WiredCommand<RevertCountCommand.Needs> {
    @Parameters(index = "0", paramLabel = "COUNT_REF", description = "the count's reference; for Foodics the key costs"
            + " apply printed (sa1-...) or the adjustment's id")
    String reference;

    @Option(names = "--plan", description = "show the steps without sending or recording anything")
    boolean plan;

    @Option(names = "--on-conflict", paramLabel = "POLICY", defaultValue = "fail", converter = PolicyConverter.class,
            description = "a position that moved since the count was applied: fail (report it, send nothing),"
                    + " keep-counted (set it back all the same), keep-difference (take the count's change off what is"
                    + " there now); default: fail")
    ConflictPolicy policy;

    @Mixin
    VendorOptions vendor;

    @Spec
    CommandSpec spec;

    /** The use case: a count's revert, or a costs run's for a vendor of cost adjustments. */
    record Needs(Provider<RevertCountUseCase> reverting) {
        @Inject
        Needs {
        }
    }

    @Override
    public int run(Needs needs) {
        CountReference count = Values.of("COUNT_REF", reference, CountReference::new);
        RevertResult result = needs.reverting().get().revert(new RevertCommand(count, policy, plan));
        RevertView.print(result, vendor.json, spec.commandLine().getOut());
        return ExitCode.of(result).code();
    }
}
