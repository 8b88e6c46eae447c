package dev.stockadj.journal;

import dev.stockadj.journal.testing.CountingDataSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.testing.JournalContractTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal contract in a caller's own {@link DataSource} (here a counting one over a SQLite file). */
class DataSourceJournalTest extends JournalContractTest {
    @TempDir
    Path folder;

    @Override
    protected JournalPort journal() {
        return JdbcJournal.of(new CountingDataSource(folder.resolve("journal-" + System.nanoTime() + ".db")),
                "the shop's journal");
    }

    @Test
    void everyCallTakesItsConnectionFromTheCallersDataSourceAndNamesItAsTold() {
        CountingDataSource own = new CountingDataSource(folder.resolve("own.db"));
        JdbcJournal journal = JdbcJournal.of(own, "the shop's journal");
        CountPlan plan = samplePlan("count-1");

        journal.freeze(plan, plan.documents().stream().map(d -> JournalEntry.planned(d, Instant.EPOCH)).toList());

        assertThat(journal.entries()).hasSize(2);
        assertThat(own.connections()).as("schema, freeze, read").isGreaterThanOrEqualTo(3);
        assertThat(journal.toString()).isEqualTo("journal the shop's journal");
    }

    @Test
    void aDataSourceOnAnotherApplicationsDatabaseIsRefusedToo() throws Exception {
        Path file = folder.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1234");
            s.execute("CREATE TABLE orders (id INTEGER)");
        }

        assertThatThrownBy(() -> JdbcJournal.of(new CountingDataSource(file), "orders").entries())
                .isInstanceOf(JournalRefused.class).hasMessageContaining("orders is not a stockadj journal");
        assertThat(Files.exists(file)).isTrue();
    }
}
