package dev.stockadj.app.cli;

import picocli.CommandLine.Command;

@Command(name = "costs", description = "Cost corrections (Foodics cost adjustments).",
        subcommands = {CostsApplyCommand.class, CostsListCommand.class, CostsShowCommand.class,
            CostsCloseCommand.class, CostsDeleteCommand.class})
final class CostsCommand {
}
