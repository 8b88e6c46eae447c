package dev.stockadj.app.cli;

import dev.stockadj.app.config.Invocation;
import jakarta.inject.Inject;
import picocli.CommandLine.Option;

/** {@code --sandbox} for the commands that only read or settle the journal: use the sandbox's journal. */
public final class SandboxJournalOption {
    private final Invocation invocation;

    @Inject
    public SandboxJournalOption(Invocation invocation) {
        this.invocation = invocation;
    }

    @Option(names = "--sandbox", description = "the journal of --sandbox runs (~/.stockadj/sandbox-journal.db)")
    void sandbox(boolean on) {
        invocation.sandbox(on);
    }
}
