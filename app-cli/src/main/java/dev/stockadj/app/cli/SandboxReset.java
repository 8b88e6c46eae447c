package dev.stockadj.app.cli;

import dev.stockadj.app.config.ConfigException;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.in.ReadJournalUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code stockadj sandbox --reset}: deletes the state files the sandboxes keep under the stockadj home, so each
 * starts again from its demo data, and says whether the sandbox journal still remembers counts. That journal is
 * the user's: it is deleted only when asked, with {@code --reset-journal}, and only the one under the home.
 */
final class SandboxReset {
    /** SQLite keeps these beside a database while it is written to. */
    private static final List<String> JOURNAL_SIDE_FILES = List.of("-journal", "-wal", "-shm");

    private final StockadjHome home;
    private final Invocation invocation;
    private final Provider<ReadJournalUseCase> journal;

    /** @param journal the journal of this run, a sandbox run: {@code --journal}, else the sandbox journal */
    @Inject
    SandboxReset(StockadjHome home, Invocation invocation, Provider<ReadJournalUseCase> journal) {
        this.home = home;
        this.invocation = invocation;
        this.journal = journal;
    }

    void reset(List<String> vendors, boolean alsoJournal, PrintWriter out) {
        Path sandboxJournal = home.journal(true);
        if (alsoJournal && invocation.journal().isPresent()) {
            throw new ConfigException("--reset-journal", "deletes only the sandbox journal under the stockadj home, "
                    + sandboxJournal + ", never one named by --journal");
        }
        for (String vendor : vendors) {
            Path state = home.sandboxState(vendor);
            boolean removed = delete(state);
            removeLeftovers(state);
            out.println(removed ? "Removed the " + vendor + " sandbox's state, " + state + ": it starts again from its demo data."
                    : "The " + vendor + " sandbox kept no state (" + state + ").");
        }
        if (alsoJournal) {
            boolean removed = delete(sandboxJournal);
            JOURNAL_SIDE_FILES.forEach(side -> delete(sandboxJournal.resolveSibling(sandboxJournal.getFileName() + side)));
            out.println(removed ? "Removed the sandbox journal, " + sandboxJournal
                    + ": sandbox runs of every vendor no longer remember any count."
                    : "There was no sandbox journal (" + sandboxJournal + ").");
        } else {
            reportJournal(sandboxJournal, out);
        }
        out.flush();
    }

    private void reportJournal(Path sandboxJournal, PrintWriter out) {
        String which = invocation.journal().isPresent() ? "The journal named by --journal"
                : "The sandbox journal " + sandboxJournal;
        long counts = 0;
        if (invocation.journal().isPresent() || Files.exists(sandboxJournal)) {
            counts = journal.get().entries(Optional.empty()).stream().map(JournalEntry::countReference).distinct().count();
        }
        if (counts == 0) {
            out.println(which + " remembers no counts.");
            return;
        }
        out.println(which + " still remembers " + counts + " count(s), of any vendor's sandbox: applying one of them"
                + " again with --sandbox reports \"already applied\" and sends nothing, though the sandbox starts again"
                + " from its demo data. `stockadj sandbox --reset --reset-journal` forgets them too.");
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ConfigException("sandbox state", "cannot remove " + file + ": " + e.getMessage());
        }
    }

    /** What a save killed half-way left beside the state file (a save writes aside, then moves into place). */
    private static void removeLeftovers(Path state) {
        if (!Files.isDirectory(state.getParent())) {
            return;
        }
        try (DirectoryStream<Path> aside = Files.newDirectoryStream(state.getParent(), state.getFileName() + ".*.tmp")) {
            aside.forEach(SandboxReset::delete);
        } catch (IOException e) {
            throw new ConfigException("sandbox state", "cannot list " + state.getParent() + ": " + e.getMessage());
        }
    }
}
