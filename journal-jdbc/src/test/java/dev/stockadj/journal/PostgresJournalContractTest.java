package dev.stockadj.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.testing.JournalContractTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journal contract on PostgreSQL, each test in a fresh schema. Runs when a server answers at
 * {@code STOCKADJ_TEST_PG_URL} (default: the one app-cli/src/test/resources/postgres/start-local.sh starts);
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
        assumeTrue(reachable, "no PostgreSQL at " + URL + "; run app-cli/src/test/resources/postgres/start-local.sh");
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
        return new JdbcJournal(JournalDatabase.of(URL + "&currentSchema=" + freshSchema()));
    }

    private static String freshSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema", e);
        }
        return schema;
    }

    @Test
    void aVersionOneJournalIsMigratedOnPostgresToo() throws SQLException {
        String url = URL + "&currentSchema=" + freshSchema();
        CountPlan plan = JdbcJournalTest.plan("count-a", "sa1-000000000000000000000001");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE stockadj_count (count_ref TEXT PRIMARY KEY, seq BIGINT NOT NULL, vendor TEXT NOT NULL,"
                    + " location TEXT NOT NULL, fingerprint TEXT NOT NULL, plan_json TEXT NOT NULL)");
            s.execute("CREATE TABLE stockadj_document (idem_key TEXT PRIMARY KEY, count_ref TEXT NOT NULL REFERENCES"
                    + " stockadj_count(count_ref), doc_index INTEGER NOT NULL, state TEXT NOT NULL, vendor_id TEXT,"
                    + " response TEXT, errors_json TEXT NOT NULL, note TEXT NOT NULL, updated_at TEXT NOT NULL)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO stockadj_count VALUES (?, 1, 'qoyod', '12',"
                    + " 'abc', ?)")) {
                insert.setString(1, plan.reference().value());
                insert.setString(2, PlanJson.write(plan));
                insert.execute();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO stockadj_document VALUES (?, ?, 0,"
                    + " 'APPLIED', '4471', '{}', '[]', '', '2026-11-22T10:15:30Z')")) {
                insert.setString(1, plan.documents().get(0).key().value());
                insert.setString(2, plan.reference().value());
                insert.execute();
            }
        }

        JdbcJournal journal = new JdbcJournal(JournalDatabase.of(url));

        assertThat(journal.plan(plan.reference(), Destination.UNRECORDED)).isPresent();
        assertThat(journal.entries()).extracting(JournalEntry::state).containsExactly(DocumentState.APPLIED);
        CountPlan elsewhere = JdbcJournalTest.plan("count-a", "sa1-000000000000000000000002");
        assertThat(journal.freeze(elsewhere, List.of(JournalEntry.planned(elsewhere.documents().get(0),
                Instant.parse("2026-11-22T10:15:30Z"))))).isTrue();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM stockadj_schema")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(JournalSchema.VERSION);
        }
    }

    @Test
    void aPlanLongerThanOnePartIsFrozenInPartsAndReadBackEqualOnPostgresToo() throws SQLException {
        String url = URL + "&currentSchema=" + freshSchema();
        CountPlan plan = LargePlans.plan("count-big", 'b', 8_000);

        assertThat(new JdbcJournal(JournalDatabase.of(url)).freeze(plan, plan.documents().stream()
                .map(d -> JournalEntry.planned(d, Instant.parse("2026-11-22T10:15:30Z"))).toList())).isTrue();

        assertThat(new JdbcJournal(JournalDatabase.of(url)).plan(plan.reference(), plan.destination())).contains(plan);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM stockadj_count_part")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("parts").isGreaterThan(1);
        }
    }
}
