package dev.stockadj.app.journal;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.testing.JournalContractTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/**
 * The journal contract on PostgreSQL, each test in a fresh schema. Runs when a server answers at
 * {@code STOCKADJ_TEST_PG_URL} (default: the one src/test/resources/postgres/start-local.sh starts);
 * skipped otherwise.
 */
class PostgresJournalContractTest extends JournalContractTest {
    static final String URL = Optional.ofNullable(System.getenv("STOCKADJ_TEST_PG_URL"))
            .orElse("jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres&connectTimeout=2");

    @BeforeAll
    static void serverAnswers() {
        boolean reachable = reachable();
        if (!reachable && "1".equals(System.getenv("STOCKADJ_REQUIRE_PG"))) {
            fail("STOCKADJ_REQUIRE_PG=1 but no PostgreSQL answers at " + URL);
        }
        assumeTrue(reachable, "no PostgreSQL at " + URL + "; run src/test/resources/postgres/start-local.sh");
    }

    static boolean reachable() {
        try (Connection c = DriverManager.getConnection(URL)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    protected JournalPort journal() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema", e);
        }
        return new JdbcJournal(JournalDatabase.of(URL + "&currentSchema=" + schema));
    }
}
