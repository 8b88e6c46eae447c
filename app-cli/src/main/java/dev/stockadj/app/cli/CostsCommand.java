package dev.stockadj.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "costs", description = "Cost corrections (Foodics cost adjustments).",
        subcommands = {CostsApplyCommand.class, CostsListCommand.class, CostsShowCommand.class,
            CostsCloseCommand.class, CostsDeleteCommand.class})
final class CostsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and exit 2 (bad input). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID.code();
    }
}
