package dev.stockadj.app.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure that ended a command (configuration, input, vendor, journal) into its exit code
 * and a message on stderr — and, under {@code --json}, the one JSON object on stdout. Anything
 * else is a bug and is rethrown.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) throws Exception {
        Optional<ExitCode> exit = ExitCode.of(failure);
        if (exit.isEmpty()) {
            throw failure;
        }
        Throwable cause = ExitCode.unwrap(failure);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        command.getErr().println("stockadj: " + message);
        command.getErr().flush();
        if (json(command)) {
            Notice.print("failed", exit.get(), message, List.of(), true, command.getOut());
        }
        return exit.get().code();
    }

    private static boolean json(CommandLine command) {
        return command.getParseResult() != null && command.getParseResult().hasMatchedOption("--json");
    }
}
