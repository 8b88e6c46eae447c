package dev.stockadj.app.cli;

import dev.stockadj.app.config.Invocation;
import jakarta.inject.Inject;
import picocli.CommandLine.Option;

/**
 * {@code --sandbox}, for every command that takes it: run the configured vendor's emulator
 * in-process instead of the real API, on the state it kept from earlier runs, with a journal of its own (never
 * the real one).
 */
public final class SandboxOption {
    private final Invocation invocation;

    @Inject
    public SandboxOption(Invocation invocation) {
        this.invocation = invocation;
    }

    @Option(names = "--sandbox", description = "use the vendor's built-in emulator, whose state is kept between runs"
            + " (~/.stockadj/sandbox/VENDOR.json), and the sandbox journal (~/.stockadj/sandbox-journal.db)")
    void sandbox(boolean on) {
        invocation.sandbox(on);
    }
}
