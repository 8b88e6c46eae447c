package dev.stockadj.app.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

/** The stockadj command line, its commands built by the injector (constructor injection). */
public final class Cli {
    private Cli() {
    }

    public static CommandLine commandLine(Injector injector) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return injector.getInstance(type);
                } catch (ConfigurationException e) {
                    return fallback.create(type);
                }
            }
        };
        CommandLine commandLine = new CommandLine(StockAdjCommand.class, factory);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        // a failure nobody foresaw (a bug) must not read as "the vendor rejected" (1); the journal makes a re-run safe
        commandLine.setExitCodeExceptionMapper(failure -> failure instanceof CommandLine.ParameterException
                ? ExitCode.INVALID.code() : ExitCode.UNCERTAIN.code());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
