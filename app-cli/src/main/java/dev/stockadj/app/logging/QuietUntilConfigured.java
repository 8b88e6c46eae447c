package dev.stockadj.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's own start-up configuration for stockadj (found through {@code META-INF/services}): nothing is logged
 * anywhere until {@link Logging#configure} says where. Without it Logback would log everything to stdout, which
 * must hold only the command's output.
 */
public final class QuietUntilConfigured extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
