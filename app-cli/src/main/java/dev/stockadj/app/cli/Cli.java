package dev.stockadj.app.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.app.logging.Logging;
import dev.stockadj.app.wiring.Closer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The stockadj command line: parse, then wire, then run. The arguments are parsed first, into commands picocli
 * builds itself; the global choices they make ({@link Invocation}) then build the run's injector; the chosen
 * command runs on what that injector builds for it ({@link WiredCommand}); what the run opened is closed after it.
 * Every failure on the way is reported by {@link FailureReport}.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** The process's standard output, flushed at each line: the command's own output (one JSON object under --json). */
    public static PrintWriter stdout() {
        return new PrintWriter(System.out, true);
    }

    /** The process's standard error: messages, and stack traces under --debug only. */
    public static PrintWriter stderr() {
        return new PrintWriter(System.err, true);
    }

    /**
     * Runs one command line and returns its exit code.
     *
     * @param home   where the log file is kept
     * @param wiring the modules of a run, from its invocation (the application's: {@code Modules.all})
     */
    public static int run(String[] args, StockadjHome home, Function<Invocation, List<Module>> wiring, PrintWriter out,
                          PrintWriter err) {
        ParseResult parsed;
        try {
            parsed = commandLine(out, err).parseArgs(args);
        } catch (Throwable failure) { // an argument refused (exit 2), or a command declared wrongly (a bug)
            return FailureReport.report(failure, FailureReport.given(args, "--json"),
                    FailureReport.given(args, "--debug"), out, err);
        }
        Invocation invocation = StockAdjCommand.invocation(parsed);
        try {
            return run(parsed, invocation, home, wiring, err);
        } catch (Throwable failure) { // the last line of defence: out of memory and bugs are reported too
            return FailureReport.report(failure, invocation.json(), invocation.debug(), out, err);
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new StockAdjCommand());
        commandLine.registerConverter(LocalDate.class, new DateConverter());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }

    private static int run(ParseResult parsed, Invocation invocation, StockadjHome home,
                           Function<Invocation, List<Module>> wiring, PrintWriter err) throws InterruptedException {
        Optional<Path> file = Logging.configure(home.logs(), invocation.verbosity(), err);
        LOG.info("{}: {}", parsed.commandSpec().version()[0], StockAdjCommand.names(parsed));
        LOG.debug("log file: {}", file.map(Path::toString).orElse("none"));
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        CommandLine chosen = StockAdjCommand.chosen(parsed).commandSpec().commandLine();
        if (!(chosen.getCommand() instanceof WiredCommand<?> command)) {
            chosen.usage(chosen.getErr()); // a command of commands, given none
            return ExitCode.INVALID.code();
        }
        List<Module> modules = new ArrayList<>(wiring.apply(invocation));
        modules.add(new CliModule(err));
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT, modules);
        try (Closer closer = injector.getInstance(Closer.class)) {
            return run(command, injector);
        }
    }

    /** Runs the command on what it names as {@code WiredCommand}'s type argument, built by the injector. */
    @SuppressWarnings("unchecked") // the key is the command's own type argument N
    private static <N> int run(WiredCommand<N> command, Injector injector) throws InterruptedException {
        Type needs = ((ParameterizedType) TypeLiteral.get(command.getClass()).getSupertype(WiredCommand.class)
                .getType()).getActualTypeArguments()[0];
        return command.run((N) injector.getInstance(Key.get(needs)));
    }
}
