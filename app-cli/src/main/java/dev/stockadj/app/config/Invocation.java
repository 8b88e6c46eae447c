package dev.stockadj.app.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The global choices of one command-line run that the wiring needs before it builds anything:
 * which configuration file, which journal, and whether to run against the built-in sandbox.
 * picocli fills it while parsing; the injector's lazy providers read it afterwards.
 */
public final class Invocation {
    private Optional<Path> configFile = Optional.empty();
    private Optional<String> journal = Optional.empty();
    private boolean sandbox;

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
}
