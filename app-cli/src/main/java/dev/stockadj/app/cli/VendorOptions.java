package dev.stockadj.app.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --sandbox} and {@code --json}, for the {@code costs} commands. */
public final class VendorOptions {
    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Mixin
    SandboxOption sandbox;
}
