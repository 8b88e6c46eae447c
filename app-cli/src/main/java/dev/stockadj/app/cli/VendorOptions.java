package dev.stockadj.app.cli;

import dev.stockadj.app.config.Invocation;
import jakarta.inject.Inject;
import picocli.CommandLine.Option;

/** {@code --sandbox} and {@code --json}, for the {@code costs} commands. */
public final class VendorOptions {
    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    private final Invocation invocation;

    @Inject
    public VendorOptions(Invocation invocation) {
        this.invocation = invocation;
    }

    @Option(names = "--sandbox", description = "run against the vendor's built-in emulator")
    void sandbox(boolean on) {
        invocation.sandbox(on);
    }
}
