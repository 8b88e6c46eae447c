package dev.stockadj.app.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.app.logging.Logging;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The stockadj command line, its commands built by the injector (constructor injection). */
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
        Invocation invocation = injector.getInstance(Invocation.class);
        commandLine.registerConverter(LocalDate.class, new DateConverter());
        commandLine.setParameterExceptionHandler(new ArgumentsHandler(invocation));
        commandLine.setExecutionExceptionHandler(new FailureHandler(invocation));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        StockadjHome home = injector.getInstance(StockadjHome.class);
        commandLine.setExecutionStrategy(parsed -> {
            Optional<Path> file = Logging.configure(home.logs(), invocation.verbosity(), commandLine.getErr());
            // the command's name only: an argument may be a JDBC URL with a password in it
            LOG.info("{}: {}", commandLine.getCommandSpec().version()[0], String.join(" ",
                    parsed.asCommandLineList().stream().skip(1).map(CommandLine::getCommandName).toList()));
            LOG.debug("log file: {}", file.map(Path::toString).orElse("none"));
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine;
    }
}
