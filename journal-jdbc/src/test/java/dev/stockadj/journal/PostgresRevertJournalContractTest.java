package dev.stockadj.journal;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stockadj.core.port.out.RevertJournalPort;
import dev.stockadj.core.testing.RevertJournalContractTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/**
 * The revert journal contract on PostgreSQL, each test in a fresh schema; runs where
 * {@link PostgresJournalContractTest} runs, skipped otherwise.
 */
class PostgresRevertJournalContractTest extends RevertJournalContractTest {
    @BeforeAll
    static void serverAnswers() {
        boolean reachable = PostgresJournalContractTest.reachable();
        if (!reachable && "1".equals(System.getenv("STOCKADJ_REQUIRE_PG"))) {
            fail("STOCKADJ_REQUIRE_PG=1 but no PostgreSQL answers at " + PostgresJournalContractTest.URL);
        }
        assumeTrue(reachable, "no PostgreSQL at " + PostgresJournalContractTest.URL);
    }

    @Override
    protected RevertJournalPort journal() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(PostgresJournalContractTest.URL);
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema", e);
        }
        return new JdbcJournal(JournalDatabase.of(PostgresJournalContractTest.URL + "&currentSchema=" + schema));
    }
}
