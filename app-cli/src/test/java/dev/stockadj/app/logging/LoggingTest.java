package dev.stockadj.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LoggingTest {
    @TempDir
    Path logs;

    @Test
    void aConfiguredSecretIsMaskedInEveryAppenderEvenInsideAStackTrace() throws IOException {
        String secret = Logging.masked("key-that-must-never-be-logged-41");
        StringWriter err = new StringWriter();
        Logging.configure(logs, Verbosity.INFO, new PrintWriter(err, true));

        LoggerFactory.getLogger("dev.stockadj.test").info("header was " + secret);
        LoggerFactory.getLogger("dev.stockadj.test").error("failed", new IllegalStateException("bad value " + secret));

        String file = Files.readString(logs.resolve(Logging.FILE));
        assertThat(file).contains("header was ***", "bad value ***").doesNotContain(secret);
        assertThat(err.toString()).contains("header was ***").doesNotContain(secret);
    }

    @Test
    void theCoresSystemLoggerReachesTheLogFileThroughSlf4j() throws IOException {
        Logging.configure(logs, Verbosity.QUIET, new PrintWriter(new StringWriter(), true));

        System.getLogger("dev.stockadj.core.journal").log(System.Logger.Level.INFO, "through the bridge");

        assertThat(Files.readString(logs.resolve(Logging.FILE))).contains("INFO  dev.stockadj.core.journal - through the bridge");
    }

    @Test
    void fileOnlyEventsStayOffStderr() throws IOException {
        StringWriter err = new StringWriter();
        Logging.configure(logs, Verbosity.DEBUG, new PrintWriter(err, true));

        LoggerFactory.getLogger("dev.stockadj.test").error(Logging.FILE_ONLY, "trace", new IllegalStateException("x"));
        LoggerFactory.getLogger("dev.stockadj.test").debug("shown");

        assertThat(err.toString()).contains("shown").doesNotContain("trace");
        assertThat(Files.readString(logs.resolve(Logging.FILE))).contains("trace", "\tat ", "shown");
    }

    @Test
    void quietAndVerboseMapFromTheNumberOfVs() {
        assertThat(Verbosity.of(0)).isEqualTo(Verbosity.QUIET);
        assertThat(Verbosity.of(1)).isEqualTo(Verbosity.INFO);
        assertThat(Verbosity.of(3)).isEqualTo(Verbosity.DEBUG);
    }
}
