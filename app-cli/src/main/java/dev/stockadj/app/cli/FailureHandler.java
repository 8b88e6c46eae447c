package dev.stockadj.app.cli;

import dev.stockadj.app.config.Invocation;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure that ended a command into its exit code and one line on stderr — and, under
 * {@code --json}, the one JSON object on stdout ({@link FailureReport}). Nothing is rethrown: a
 * failure nobody foresaw (a bug) exits 3, never 1 ("the vendor rejected"), and shows no stack trace
 * unless {@code --debug}.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    private final Invocation invocation;

    FailureHandler(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        return FailureReport.report(failure, json(command), invocation.debug(), command.getOut(), command.getErr());
    }

    private static boolean json(CommandLine command) {
        return command.getParseResult() != null && command.getParseResult().hasMatchedOption("--json");
    }
}
