package dev.stockadj.app.cli;

import dev.stockadj.app.wiring.CloseLoop;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.port.in.VerifyResult;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.concurrent.Callable;
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
final class VerifyCountCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COUNT_REF", description = "the count's reference, as stockadj journal shows"
            + " it; for Foodics the key costs apply printed (sa1-...) or the adjustment's id")
    String reference;

    @Mixin
    VendorOptions vendor;

    @Spec
    CommandSpec spec;

    private final Provider<CloseLoop> loop;

    @Inject
    VerifyCountCommand(Provider<CloseLoop> loop) {
        this.loop = loop;
    }

    @Override
    public Integer call() {
        VerifyResult result = loop.get().verifying().verify(Values.of("COUNT_REF", reference, CountReference::new));
        VerifyView.print(result, vendor.json, spec.commandLine().getOut());
        return ExitCode.of(result).code();
    }
}
