package dev.stockadj.app.cli;

import dev.stockadj.app.logging.Logging;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a failure that ends a run reaches the user, wherever it is caught: one line on stderr, the one
 * JSON object on stdout under {@code --json}, and the stack trace only under {@code --debug}. A
 * failure stockadj knows (configuration, input, vendor, journal) keeps its exit code and message;
 * anything else — a bug, out of memory, a stack overflow — exits 3 (the journal makes a re-run safe)
 * and is named by its kind only, since its message may quote anything, a credential included.
 */
public final class FailureReport {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReport.class);
    private FailureReport() {
    }

    /** Reports {@code failure} and returns the exit code; {@code json} and {@code debug} as the run asked. */
    public static int report(Throwable failure, boolean json, boolean debug, PrintWriter out, PrintWriter err) {
        Optional<ExitCode> known = ExitCode.of(failure);
        ExitCode exit = known.orElse(ExitCode.UNCERTAIN);
        String message = oneLine(known.isPresent() ? known(failure) : unforeseen(failure));
        err.println("stockadj: " + message);
        trace(failure, debug, err);
        err.flush();
        if (json) {
            Notice.print("failed", exit, message, List.of(), true, out);
        }
        return exit.code();
    }

    /**
     * Whether {@code option} (a flag such as {@code --json}) was given, for failures before or while the
     * arguments are parsed: an argument that is exactly the flag, before any {@code --}.
     */
    public static boolean given(String[] args, String option) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals(option)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stack trace: always to the log file (at ERROR, with configured credentials masked), to stderr under
     * {@code --debug} only.
     */
    static void trace(Throwable failure, boolean debug, PrintWriter err) {
        LOG.error(Logging.FILE_ONLY, "the run failed", failure);
        if (debug) {
            failure.printStackTrace(err);
        }
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static String known(Throwable failure) {
        Throwable cause = ExitCode.unwrap(failure);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String unforeseen(Throwable failure) {
        Throwable cause = ExitCode.unwrap(failure);
        String kind = cause.getClass().getSimpleName();
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (" + kind + "); what was sent is in the journal and a re-run is safe;"
                    + " give Java more memory (JAVA_TOOL_OPTIONS=-Xmx2g) or split the input";
        }
        return "an unforeseen failure (" + kind + ") stopped the run; what was sent is in the journal and a re-run"
                + " is safe; --debug prints the stack trace";
    }
}
