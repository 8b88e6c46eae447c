package dev.stockadj.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockadj.core.model.CountPlan;
import dev.stockadj.core.model.JournalEntry;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.testing.JournalContractTest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal contract in a caller's own {@link DataSource} (here a counting one over a SQLite file). */
class DataSourceJournalTest extends JournalContractTest {
    @TempDir
    Path folder;

    private final AtomicInteger connections = new AtomicInteger();

    /** The smallest data source: a new connection to a file each time, counted. */
    private DataSource dataSource(Path file) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                connections.incrementAndGet();
                return DriverManager.getConnection("jdbc:sqlite:" + file);
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }

    @Override
    protected JournalPort journal() {
        return JdbcJournal.of(dataSource(folder.resolve("journal-" + System.nanoTime() + ".db")), "the shop's journal");
    }

    @Test
    void everyCallTakesItsConnectionFromTheCallersDataSourceAndNamesItAsTold() {
        JdbcJournal journal = JdbcJournal.of(dataSource(folder.resolve("own.db")), "the shop's journal");
        CountPlan plan = samplePlan("count-1");

        journal.freeze(plan, plan.documents().stream().map(d -> JournalEntry.planned(d, Instant.EPOCH)).toList());

        assertThat(journal.entries()).hasSize(2);
        assertThat(connections.get()).as("schema, freeze, read").isGreaterThanOrEqualTo(3);
        assertThat(journal.toString()).isEqualTo("journal the shop's journal");
    }

    @Test
    void aDataSourceOnAnotherApplicationsDatabaseIsRefusedToo() throws Exception {
        Path file = folder.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1234");
            s.execute("CREATE TABLE orders (id INTEGER)");
        }

        assertThatThrownBy(() -> JdbcJournal.of(dataSource(file), "orders").entries())
                .isInstanceOf(JournalRefused.class).hasMessageContaining("orders is not a stockadj journal");
        assertThat(Files.exists(file)).isTrue();
    }
}
