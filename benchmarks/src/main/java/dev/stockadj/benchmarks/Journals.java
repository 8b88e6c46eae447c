package dev.stockadj.benchmarks;

import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.journal.JdbcJournal;
import dev.stockadj.journal.JournalDatabase;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;

/**
 * The journals an apply is measured on: {@code sqlite}, the journal as the CLI opens it (a SQLite file; every
 * commit synced to disk); {@code sqlite-unsynced}, the same file settings but {@code PRAGMA synchronous=OFF}, so its
 * difference to {@code sqlite} is what waiting for the disk costs; {@code memory}, no database at all.
 */
final class Journals {
    private Journals() {
    }

    static JournalPort of(String kind, Path folder) {
        Path file = folder.resolve("journal.db");
        return switch (kind) {
            case "sqlite" -> new JdbcJournal(JournalDatabase.of(file.toString()));
            case "sqlite-unsynced" -> JdbcJournal.of(unsynced(file), "unsynced " + file);
            case "memory" -> new MemoryJournal();
            default -> throw new IllegalArgumentException("no journal " + kind);
        };
    }

    /** The settings {@link JournalDatabase#sqlite} opens a file with, and no sync. */
    private static SQLiteDataSource unsynced(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }
}
