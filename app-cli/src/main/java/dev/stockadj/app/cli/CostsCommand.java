package dev.stockadj.app.cli;

import picocli.CommandLine.Command;

/** {@code costs}: the cost corrections' commands; given none, the usage (exit 2). */
@Command(name = "costs", description = "Cost corrections (Foodics cost adjustments).",
        subcommands = {CostsApplyCommand.class, CostsListCommand.class, CostsShowCommand.class,
            CostsUpdateCommand.class, CostsCloseCommand.class, CostsDeleteCommand.class})
final class CostsCommand {
}
