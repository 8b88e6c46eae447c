package dev.stockadj.app.cli;

import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.logging.Verbosity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * {@code stockadj} and its global options. Given no command it shows the usage (exit 2), as does every command
 * that has subcommands and was given none.
 */
@Command(name = "stockadj", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "stockadj 0.1.0",
        description = "Records stock counts and cost corrections into Qoyod, Foodics or Order Time, exactly once.",
        subcommands = {PlanCommand.class, ApplyCommand.class, CostsCommand.class, JournalCommand.class,
            ResolveCommand.class, SandboxCommand.class, VerifyCountCommand.class, RevertCountCommand.class},
        footer = {"", "Exit codes: 0 done (also already applied); 1 the vendor rejected a document, or",
            "recorded one other than it was sent (verify: a position drifted);",
            "2 bad input, configuration or conflicts (nothing sent); 3 uncertain or unreachable",
            "(safe to re-run; also an unforeseen failure, out of memory included);",
            "4 authentication or permission refused."})
final class StockAdjCommand {
    @Option(names = "--config", paramLabel = "FILE",
            description = "the properties file (default: ./stockadj.properties)")
    Path configFile;

    @Option(names = "--journal", paramLabel = "PATH|JDBC-URL",
            description = "the journal: a SQLite file or a jdbc:postgresql: URL (default: $STOCKADJ_JOURNAL, the"
                    + " journal setting, else journal.db under $STOCKADJ_HOME or ~/.stockadj)")
    String journal;

    @Option(names = {"-v", "--verbose"}, description = "log to stderr as well as to the log file: -v INFO (each"
            + " journal change), -vv DEBUG (each request too). The log file is always written:"
            + " logs/stockadj.log under $STOCKADJ_HOME or ~/.stockadj")
    boolean[] verbose = new boolean[0];

    @Option(names = "--debug", description = "on a failure, print its stack trace to stderr too (the log file always has it)")
    boolean debug;

    /**
     * The run's choices, from the global options and the chosen command's {@code --sandbox} and {@code --json}.
     * {@code stockadj sandbox} is a sandbox run: its journal is the sandbox journal.
     */
    static Invocation invocation(ParseResult parsed) {
        StockAdjCommand root = parsed.commandSpec().commandLine().getCommand();
        ParseResult chosen = chosen(parsed);
        boolean sandbox = chosen.hasMatchedOption("--sandbox")
                || chosen.commandSpec().userObject() instanceof SandboxCommand;
        return new Invocation(Optional.ofNullable(root.configFile), Optional.ofNullable(root.journal), sandbox,
                chosen.hasMatchedOption("--json"), root.debug, Verbosity.of(root.verbose.length));
    }

    /** The command the line chose: the last one named. */
    static ParseResult chosen(ParseResult parsed) {
        ParseResult chosen = parsed;
        while (chosen.hasSubcommand()) {
            chosen = chosen.subcommand();
        }
        return chosen;
    }

    /** The names of the commands chosen, without the arguments (one may be a JDBC URL with a password in it). */
    static String names(ParseResult parsed) {
        List<CommandLine> commands = parsed.asCommandLineList();
        return String.join(" ", commands.stream().skip(1).map(CommandLine::getCommandName).toList());
    }
}
