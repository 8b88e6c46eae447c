package dev.stockadj.plumbing.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every event an adapter's loggers emit (those under {@code root}), at TRACE and above, while it is open: for
 * tests that prove no secret reaches a log. Shared by the adapters' tests through this module's test-jar.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final Level before;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture(String root) {
        logger = (Logger) LoggerFactory.getLogger(root);
        before = logger.getLevel();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        logger.setLevel(Level.TRACE);
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** Everything an event shows: its pattern, formatted message, arguments, logger name and throwables. */
    public static String everythingShown(ILoggingEvent event) {
        List<String> parts = new ArrayList<>(List.of(event.getLoggerName(), String.valueOf(event.getMessage()),
                event.getFormattedMessage()));
        if (event.getArgumentArray() != null) {
            Arrays.stream(event.getArgumentArray()).map(String::valueOf).forEach(parts::add);
        }
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            parts.add(t.getClassName() + ": " + t.getMessage());
        }
        if (event.getKeyValuePairs() != null) {
            event.getKeyValuePairs().forEach(kv -> parts.add(kv.key + "=" + kv.value));
        }
        return String.join("\n", parts);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setAdditive(true);
        logger.setLevel(before);
        appender.stop();
    }
}
