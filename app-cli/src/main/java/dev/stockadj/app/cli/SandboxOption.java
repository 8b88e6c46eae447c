package dev.stockadj.app.cli;

import picocli.CommandLine.Option;

/**
 * {@code --sandbox}, for every command that takes it: run the configured vendor's emulator in-process instead of
 * the real API, on the state it kept from earlier runs, with a journal of its own (never the real one). The run's
 * {@link dev.stockadj.app.config.Invocation} says whether it was given; nothing reads the field.
 */
public final class SandboxOption {
    @Option(names = "--sandbox", description = "use the vendor's built-in emulator, whose state is kept between runs"
            + " (~/.stockadj/sandbox/VENDOR.json), and the sandbox journal (~/.stockadj/sandbox-journal.db)")
    boolean sandbox;
}
