package dev.stockadj.journal;

import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.testing.JournalContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The journal contract on a fresh SQLite file per test. */
class SqliteJournalContractTest extends JournalContractTest {
    @TempDir
    Path folder;

    private int files;

    @Override
    protected JournalPort journal() {
        return new JdbcJournal(JournalDatabase.sqlite(folder.resolve("journal-" + files++ + ".db")));
    }
}
