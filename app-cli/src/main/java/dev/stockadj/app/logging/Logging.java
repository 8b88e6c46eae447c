package dev.stockadj.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * The command line's logging, set up in code (Logback): always a rotating file under the stockadj home
 * ({@code logs/stockadj.log}, 10 MB, the current file and four older ones), at INFO, DEBUG with {@code -vv};
 * stderr only with {@code -v} (INFO) or {@code -vv} (DEBUG); stdout never. stockadj's own loggers
 * ({@code dev.stockadj}, the core's System.Logger included) follow {@code -vv}; other libraries stay at INFO.
 * A home where the file cannot be written costs one line on stderr, once, and the run goes on.
 */
public final class Logging {
    /** An event for the log file only: a failure's stack trace, which stderr shows under {@code --debug} alone. */
    public static final Marker FILE_ONLY = MarkerFactory.getMarker("FILE_ONLY");
    public static final String FILE = "stockadj.log";
    static final long MAX_FILE_SIZE = 10L * 1024 * 1024;
    static final int OLD_FILES = 4;
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [" + ProcessHandle.current().pid()
            + "] %-5level %logger{30} - %msg%n";
    private static final String STDERR_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";
    private static final Set<Path> COMPLAINED = new HashSet<>();

    private Logging() {
    }

    /** Returns {@code secret}, masked from now on in every log line ({@link Redactions}). */
    public static String masked(String secret) {
        Redactions.add(secret);
        return secret;
    }

    /**
     * (Re)configures logging for a run: the file in {@code folder} (the stockadj home's {@code logs}), and
     * {@code err} per {@code verbosity}. Returns the log file, or empty when it could not be opened.
     */
    public static synchronized Optional<Path> configure(Path folder, Verbosity verbosity, PrintWriter err) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        context.getLogger("dev.stockadj").setLevel(verbosity == Verbosity.DEBUG ? Level.DEBUG : Level.INFO);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Optional<Path> file = file(folder, err);
        if (file.isPresent()) {
            RollingFileAppender<ILoggingEvent> appender = fileAppender(context, file.get());
            if (appender.isStarted()) {
                root.addAppender(appender);
            } else {
                complainOnce(file.get().getParent(), "cannot open " + FILE, err);
                file = Optional.empty();
            }
        }
        if (verbosity != Verbosity.QUIET) {
            RedactingLayout layout = new RedactingLayout(STDERR_PATTERN);
            layout.setContext(context);
            layout.start();
            WriterAppender stderr = new WriterAppender(err, layout);
            stderr.setContext(context);
            stderr.setName("stderr");
            stderr.start();
            root.addAppender(stderr);
        }
        return file;
    }

    private static Optional<Path> file(Path folder, PrintWriter err) {
        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder) || Files.exists(file) && !Files.isWritable(file)) {
                throw new IOException("not writable");
            }
            return Optional.of(file);
        } catch (IOException | SecurityException e) {
            complainOnce(folder, e.getMessage(), err);
            return Optional.empty();
        }
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path file) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setAppend(true);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file.resolveSibling("stockadj.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(OLD_FILES);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(MAX_FILE_SIZE));
        trigger.start();

        RedactingLayout layout = new RedactingLayout(FILE_PATTERN);
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    private static void complainOnce(Path folder, String why, PrintWriter err) {
        if (COMPLAINED.add(folder)) {
            err.println("stockadj: not writing the log file in " + folder + " (" + why + "); the run goes on");
            err.flush();
        }
    }
}
