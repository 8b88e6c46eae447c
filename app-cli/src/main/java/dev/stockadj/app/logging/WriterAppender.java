package dev.stockadj.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Layout;
import java.io.PrintWriter;

/** Writes each event, laid out, to the command's stderr writer (the one tests capture), flushing at once. */
final class WriterAppender extends AppenderBase<ILoggingEvent> {
    private final PrintWriter err;
    private final Layout<ILoggingEvent> layout;

    WriterAppender(PrintWriter err, Layout<ILoggingEvent> layout) {
        this.err = err;
        this.layout = layout;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getMarkerList() != null && event.getMarkerList().contains(Logging.FILE_ONLY)) {
            return;
        }
        err.print(layout.doLayout(event));
        err.flush();
    }
}
