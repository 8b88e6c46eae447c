package dev.stockadj.app.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;

/** A pattern layout whose every line, stack trace included, passes through {@link Redactions}. */
final class RedactingLayout extends LayoutBase<ILoggingEvent> {
    private final PatternLayout pattern = new PatternLayout();

    RedactingLayout(String pattern) {
        this.pattern.setPattern(pattern);
    }

    @Override
    public void start() {
        pattern.setContext(getContext());
        pattern.start();
        super.start();
    }

    @Override
    public void stop() {
        pattern.stop();
        super.stop();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return Redactions.apply(pattern.doLayout(event));
    }
}
