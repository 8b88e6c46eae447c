package dev.stockadj.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.stockadj.app.cli.Cli;
import dev.stockadj.app.cli.ExitCode;
import dev.stockadj.app.cli.FailureReport;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.app.logging.Logging;
import dev.stockadj.app.logging.Verbosity;
import dev.stockadj.app.wiring.Closer;
import dev.stockadj.app.wiring.Modules;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Entry point of the stockadj command line: builds the injector once, runs one command, exits with its code.
 * Whatever escapes — while the injector is built, from picocli, out of memory, a stack overflow — ends as one
 * line on stderr and exit 3 (or the failure's own code), never a stack trace unless {@code --debug}.
 */
public final class Main {
    /** Guice logs a module's failure with its stack trace to stderr on its own; the report below says it once. */
    private static final Logger GUICE = Logger.getLogger("com.google.inject");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        return run(args, System.getenv(), Modules.all(System.getenv()), Cli.stdout(), Cli.stderr());
    }

    /**
     * Runs with these modules and writers; the last line of defence, so it catches every {@link Throwable}.
     * Logging is set up first (the log file under the stockadj home {@code environment} names), so that even a
     * failure while the injector is built leaves its stack trace in the log file; the command adds stderr
     * ({@code -v}) once its options are parsed.
     */
    static int run(String[] args, Map<String, String> environment, List<Module> modules, PrintWriter out,
                   PrintWriter err) {
        GUICE.setLevel(Level.WARNING);
        try {
            Logging.configure(StockadjHome.of(environment).logs(), Verbosity.QUIET, err);
        } catch (RuntimeException e) {
            err.println("stockadj: logging could not be set up (" + e.getClass().getSimpleName() + "); the run goes on");
        }
        try {
            Injector injector = Guice.createInjector(Stage.DEVELOPMENT, modules);
            try (Closer closer = injector.getInstance(Closer.class)) {
                CommandLine commandLine = Cli.commandLine(injector);
                commandLine.setOut(out);
                commandLine.setErr(err);
                return commandLine.execute(args);
            }
        } catch (Throwable failure) {
            try {
                return FailureReport.report(failure, FailureReport.given(args, "--json"),
                        FailureReport.given(args, "--debug"), out, err);
            } catch (Throwable reporting) {
                return ExitCode.UNCERTAIN.code(); // even the one line could not be written (out of memory again): the code still says it
            }
        }
    }
}
