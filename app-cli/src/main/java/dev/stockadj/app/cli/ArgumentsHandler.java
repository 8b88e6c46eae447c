package dev.stockadj.app.cli;

import dev.stockadj.app.config.Invocation;
import dev.stockadj.core.model.Problem;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Arguments that cannot be parsed (an unknown option, a bad {@code --date}, a missing file argument):
 * one line on stderr naming the option and what it takes, exit 2 — no usage dump — and under
 * {@code --json} one {@code {"result": "invalid", ...}} object whose problem names the option.
 */
final class ArgumentsHandler implements IParameterExceptionHandler {
    private final Invocation invocation;

    ArgumentsHandler(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        String message = FailureReport.oneLine(String.valueOf(failure.getMessage()));
        command.getErr().println("stockadj: " + message + " (see: " + command.getCommandSpec().qualifiedName()
                + " --help)");
        FailureReport.trace(failure, invocation.debug() || FailureReport.given(args, "--debug"), command.getErr());
        command.getErr().flush();
        if (FailureReport.given(args, "--json")) {
            Notice.print("invalid", ExitCode.INVALID, message, List.of(Problem.ofInput(field(failure), message)), true,
                    command.getOut());
        }
        return ExitCode.INVALID.code();
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
