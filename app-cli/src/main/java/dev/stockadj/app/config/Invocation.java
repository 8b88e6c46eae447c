package dev.stockadj.app.config;

import dev.stockadj.app.logging.Verbosity;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The global choices of one command-line run that the wiring needs before it builds anything:
 * which configuration file, which journal, whether to run against the built-in sandbox, and whether
 * failures show their stack trace.
 * picocli fills it while parsing; the injector's lazy providers read it afterwards.
 */
public final class Invocation {
    private Optional<Path> configFile = Optional.empty();
    private Optional<String> journal = Optional.empty();
    private boolean sandbox;
    private boolean debug;
    private Verbosity verbosity = Verbosity.QUIET;

    public Optional<Path> configFile() {
        return configFile;
    }

    public void configFile(Path file) {
        this.configFile = Optional.of(file);
    }

    public Optional<String> journal() {
        return journal;
    }

    public void journal(String pathOrUrl) {
        this.journal = Optional.of(pathOrUrl);
    }

    public boolean sandbox() {
        return sandbox;
    }

    public void sandbox(boolean on) {
        this.sandbox = on;
    }

    /** {@code --debug}: a failure's stack trace goes to stderr as well as its one-line message. */
    public boolean debug() {
        return debug;
    }

    public void debug(boolean on) {
        this.debug = on;
    }

    /** {@code -v} / {@code -vv}: how much of the log also goes to stderr. */
    public Verbosity verbosity() {
        return verbosity;
    }

    public void verbosity(Verbosity verbosity) {
        this.verbosity = verbosity;
    }
}
