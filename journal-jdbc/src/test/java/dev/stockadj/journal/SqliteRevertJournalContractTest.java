package dev.stockadj.journal;

import dev.stockadj.core.port.out.RevertJournalPort;
import dev.stockadj.core.testing.RevertJournalContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The revert journal contract on a fresh SQLite file per test: plans, steps and REVERTED documents kept durably. */
class SqliteRevertJournalContractTest extends RevertJournalContractTest {
    @TempDir
    Path folder;

    private int files;

    @Override
    protected RevertJournalPort journal() {
        return new JdbcJournal(JournalDatabase.sqlite(folder.resolve("journal-" + files++ + ".db")));
    }
}
