package dev.stockadj.app.config;

import dev.stockadj.app.logging.Verbosity;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The global choices of one command-line run, read from the parsed command line before anything is wired:
 * which configuration file, which journal, whether the run is against the built-in sandbox, whether it prints one
 * JSON object, whether failures show their stack trace, and how much of the log goes to stderr. The injector of the
 * run is built from it, so every provider sees the same choices, and none can change after parsing.
 *
 * @param configFile {@code --config}; the default file when empty
 * @param journal    {@code --journal}: a path or a JDBC URL; the environment, the setting or the home's when empty
 * @param sandbox    {@code --sandbox} (and every {@code stockadj sandbox}): the vendor's emulator and the sandbox
 *                   journal
 * @param json       {@code --json}: stdout is one JSON object, failures included
 * @param debug      {@code --debug}: a failure's stack trace goes to stderr as well as its one-line message
 * @param verbosity  {@code -v} / {@code -vv}: how much of the log also goes to stderr
 */
public record Invocation(Optional<Path> configFile, Optional<String> journal, boolean sandbox, boolean json,
                         boolean debug, Verbosity verbosity) {
    public Invocation {
        Objects.requireNonNull(configFile, "configFile is required (may be empty)");
        Objects.requireNonNull(journal, "journal is required (may be empty)");
        Objects.requireNonNull(verbosity, "verbosity is required");
    }

    /** A run given no global option: the default configuration file and journal, against the real vendor. */
    public static Invocation plain() {
        return new Invocation(Optional.empty(), Optional.empty(), false, false, false, Verbosity.QUIET);
    }

    public Invocation withConfigFile(Path file) {
        return new Invocation(Optional.of(file), journal, sandbox, json, debug, verbosity);
    }

    public Invocation withJournal(String pathOrUrl) {
        return new Invocation(configFile, Optional.of(pathOrUrl), sandbox, json, debug, verbosity);
    }

    public Invocation withSandbox(boolean on) {
        return new Invocation(configFile, journal, on, json, debug, verbosity);
    }
}
