package dev.stockadj.app.cli;

import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.logging.Verbosity;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "stockadj", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "stockadj 0.1.0",
        description = "Records stock counts and cost corrections into Qoyod, Foodics or Order Time, exactly once.",
        subcommands = {PlanCommand.class, ApplyCommand.class, CostsCommand.class, JournalCommand.class,
            ResolveCommand.class, SandboxCommand.class, VerifyCountCommand.class, RevertCountCommand.class},
        footer = {"", "Exit codes: 0 done (also already applied); 1 the vendor rejected a document, or",
            "recorded one other than it was sent (verify: a position drifted);",
            "2 bad input, configuration or conflicts (nothing sent); 3 uncertain or unreachable",
            "(safe to re-run; also an unforeseen failure, out of memory included);",
            "4 authentication or permission refused."})
final class StockAdjCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Invocation invocation;

    @Inject
    StockAdjCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Option(names = "--config", paramLabel = "FILE",
            description = "the properties file (default: ./stockadj.properties)")
    void config(Path file) {
        invocation.configFile(file);
    }

    @Option(names = "--journal", paramLabel = "PATH|JDBC-URL",
            description = "the journal: a SQLite file or a jdbc:postgresql: URL (default: $STOCKADJ_JOURNAL, the"
                    + " journal setting, else journal.db under $STOCKADJ_HOME or ~/.stockadj)")
    void journal(String where) {
        invocation.journal(where);
    }

    @Option(names = {"-v", "--verbose"}, description = "log to stderr as well as to the log file: -v INFO (each"
            + " journal change), -vv DEBUG (each request too). The log file is always written:"
            + " logs/stockadj.log under $STOCKADJ_HOME or ~/.stockadj")
    void verbose(boolean[] times) {
        invocation.verbosity(Verbosity.of(times.length));
    }

    @Option(names = "--debug", description = "on a failure, print its stack trace to stderr too (the log file always has it)")
    void debug(boolean on) {
        invocation.debug(on);
    }

    /** Without a command: the usage, and exit 2 (bad input). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID.code();
    }
}
