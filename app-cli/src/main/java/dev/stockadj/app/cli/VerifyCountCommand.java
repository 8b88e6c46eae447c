package dev.stockadj.app.cli;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.port.in.VerifyCountUseCase;
import dev.stockadj.core.port.in.VerifyResult;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = {"Check an applied count against the vendor's stock now, position by position"
        + " (Foodics: a costs run against its items' costs now); sends nothing.",
    "Each position matches its target, or drifted: never reached it (its document was not applied as sent) or moved"
        + " since (a sale, another document). A reverted count is checked against what the revert set back.",
    "Exit 0 when every position matches, 1 when any drifted, 2 when nothing was applied under COUNT_REF here."})
final class VerifyCountCommand implements WiredCommand<VerifyCountCommand.Needs> {
    @Parameters(index = "0", paramLabel = "COUNT_REF", description = "the count's reference, as stockadj journal shows"
            + " it; for Foodics the key costs apply printed (sa1-...) or the adjustment's id")
    String reference;

    @Mixin
    VendorOptions vendor;

    @Spec
    CommandSpec spec;

    /** The use case: a count's check, or a costs run's for a vendor of cost adjustments. */
    record Needs(Provider<VerifyCountUseCase> verifying) {
        @Inject
        Needs {
        }
    }

    @Override
    public int run(Needs needs) {
        CountReference count = Values.of("COUNT_REF", reference, CountReference::new);
        VerifyResult result = needs.verifying().get().verify(count);
        VerifyView.print(result, vendor.json, spec.commandLine().getOut());
        return ExitCode.of(result).code();
    }
}
