package dev.stockadj.app.cli;

import dev.stockadj.app.logging.Logging;
import dev.stockadj.core.model.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place a failure that ends a run reaches the user, whatever threw it — an argument that cannot be
 * parsed, the wiring, a command: one line on stderr, the one JSON object on stdout under {@code --json}, and the
 * stack trace only under {@code --debug} (always in the log file). A failure stockadj knows (arguments,
 * configuration, input, vendor, journal) keeps its exit code ({@link ExitCode#of(Throwable)}) and message; an
 * argument the parser refused also says where the help is, and its JSON problem names the option. Anything else —
 * a bug, out of memory, a stack overflow — exits 3 (the journal makes a re-run safe) and is named by its kind only,
 * since its message may quote anything, a credential included.
 */
public final class FailureReport {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReport.class);

    /** The one JSON object a failure prints under {@code --json}: a command with a shape of its own passes it. */
    interface JsonShape {
        void print(Throwable failure, ExitCode exit, String message, PrintWriter out);
    }

    /** {@code {"result": "failed"|"invalid", "exit_code", "message", "problems"}}: the shape of every other command. */
    private static final JsonShape NOTICE = (failure, exit, message, out) -> {
        if (failure instanceof ParameterException refused) {
            Notice.print("invalid", exit, message, List.of(Problem.ofInput(field(refused), message)), true, out);
        } else {
            Notice.print("failed", exit, message, List.of(), true, out);
        }
    };

    /**
     * Why a re-run is safe, in words true of every command: {@code plan} and {@code status} send nothing, and
     * {@code apply} journals each document before sending it and asks the vendor about one that may have landed.
     */
    private static final String SAFE = "a re-run is safe (every document is in the journal before it is sent)";

    private FailureReport() {
    }

    /** Reports {@code failure} and returns the exit code; {@code json} and {@code debug} as the run asked. */
    public static int report(Throwable failure, boolean json, boolean debug, PrintWriter out, PrintWriter err) {
        return report(failure, json, debug, NOTICE, out, err);
    }

    /** The same, printing {@code shape} under {@code --json}. */
    static int report(Throwable failure, boolean json, boolean debug, JsonShape shape, PrintWriter out,
                      PrintWriter err) {
        Optional<ExitCode> known = ExitCode.of(failure);
        ExitCode exit = known.orElse(ExitCode.UNCERTAIN);
        String message = oneLine(known.isPresent() ? known(failure) : unforeseen(failure));
        err.println("stockadj: " + message + help(failure));
        LOG.error(Logging.FILE_ONLY, "the run failed", failure);
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        if (json) {
            shape.print(failure, exit, message, out);
            out.flush();
        }
        return exit.code();
    }

    /**
     * Whether {@code option} (a flag such as {@code --json}) was given, for failures before the arguments are
     * parsed: an argument that is exactly the flag, before any {@code --}.
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

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** Where the help of a command whose arguments were refused is; nothing for another failure. */
    private static String help(Throwable failure) {
        return failure instanceof ParameterException refused
                ? " (see: " + refused.getCommandLine().getCommandSpec().qualifiedName() + " --help)"
                : "";
    }

    private static String known(Throwable failure) {
        Throwable cause = ExitCode.unwrap(failure);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String unforeseen(Throwable failure) {
        Throwable cause = ExitCode.unwrap(failure);
        String kind = cause.getClass().getSimpleName();
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (" + kind + "); " + SAFE + "; give Java more memory (JAVA_TOOL_OPTIONS=-Xmx2g)";
        }
        return "an unforeseen failure (" + kind + ") stopped the run; " + SAFE + "; --debug prints the stack trace";
    }

    /** The option or parameter at fault, for the JSON problem: {@code --date}, {@code COUNT_FILE}, an unknown option. */
    private static String field(ParameterException failure) {
        ArgSpec spec = failure.getArgSpec();
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        if (spec != null) {
            return spec.paramLabel();
        }
        if (failure instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched.getUnmatched().get(0);
        }
        return "";
    }
}
