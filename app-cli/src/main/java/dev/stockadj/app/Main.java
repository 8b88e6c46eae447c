package dev.stockadj.app;

import com.google.inject.Module;
import dev.stockadj.app.cli.Cli;
import dev.stockadj.app.cli.ExitCode;
import dev.stockadj.app.cli.FailureReport;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.app.logging.Logging;
import dev.stockadj.app.logging.Verbosity;
import dev.stockadj.app.wiring.Modules;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of the stockadj command line: runs one command line ({@link Cli}: parse, then wire the application's
 * modules for what it chose, then run) and exits with its code. Whatever escapes even that — a failure while the
 * failure itself was reported, out of memory again — ends as one line on stderr and exit 3, never a stack trace
 * unless {@code --debug}.
 */
public final class Main {
    /** Guice logs a module's failure with its stack trace to stderr on its own; the report says it once. */
    private static final Logger GUICE = Logger.getLogger("com.google.inject");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Map<String, String> environment = System.getenv();
        return run(args, environment, invocation -> Modules.all(environment, invocation), Cli.stdout(), Cli.stderr());
    }

    /**
     * Runs with these modules and writers; the last line of defence, so it catches every {@link Throwable}.
     * Logging is set up first (the log file under the stockadj home {@code environment} names), so that even an
     * argument that cannot be parsed leaves its stack trace in the log file; the run adds stderr ({@code -v}) once
     * its options are parsed.
     */
    static int run(String[] args, Map<String, String> environment, Function<Invocation, List<Module>> modules,
                   PrintWriter out, PrintWriter err) {
        GUICE.setLevel(Level.WARNING);
        StockadjHome home = StockadjHome.of(environment);
        try {
            Logging.configure(home.logs(), Verbosity.QUIET, err);
        } catch (RuntimeException e) {
            err.println("stockadj: logging could not be set up (" + e.getClass().getSimpleName() + "); the run goes on");
        }
        try {
            return Cli.run(args, home, modules, out, err);
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
