package dev.stockadj.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.testing.RevertJournalContractTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's schema has a version and a way from each version to the next; a file that is not a stockadj
 * journal is refused, never taken over.
 */
class JournalSchemaTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30Z");

    @TempDir
    Path folder;

    /** The tables as stockadj wrote them before the schema had a version, with one count applied. */
    private static void writeVersionOne(Path file, CountPlan plan, boolean withApplicationId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            if (withApplicationId) {
                s.execute("PRAGMA application_id = " + JournalDatabase.APPLICATION_ID);
            }
            s.execute("CREATE TABLE stockadj_count (count_ref TEXT PRIMARY KEY, seq BIGINT NOT NULL, vendor TEXT NOT NULL,"
                    + " location TEXT NOT NULL, fingerprint TEXT NOT NULL, plan_json TEXT NOT NULL)");
            s.execute("CREATE TABLE stockadj_document (idem_key TEXT PRIMARY KEY, count_ref TEXT NOT NULL REFERENCES"
                    + " stockadj_count(count_ref), doc_index INTEGER NOT NULL, state TEXT NOT NULL, vendor_id TEXT,"
                    + " response TEXT, errors_json TEXT NOT NULL, note TEXT NOT NULL, updated_at TEXT NOT NULL)");
            String json = PlanJson.write(plan).replace("\"destination\":\"" + plan.destination().value() + "\",", "");
            try (var insert = c.prepareStatement("INSERT INTO stockadj_count VALUES (?, 1, 'qoyod', '12', 'abc', ?)")) {
                insert.setString(1, plan.reference().value());
                insert.setString(2, json);
                insert.execute();
            }
            try (var insert = c.prepareStatement("INSERT INTO stockadj_document VALUES (?, ?, 0, 'APPLIED', '4471',"
                    + " '{}', '[]', '', ?)")) {
                insert.setString(1, plan.documents().get(0).key().value());
                insert.setString(2, plan.reference().value());
                insert.setString(3, AT.toString());
                insert.execute();
            }
        }
    }

    private static int version(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM stockadj_schema")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    @Test
    void aNewJournalIsCreatedAtTheCurrentVersion() throws Exception {
        Path file = folder.resolve("journal.db");

        new JdbcJournal(JournalDatabase.sqlite(file)).entries();

        assertThat(version(file)).isEqualTo(JournalSchema.VERSION);
    }

    @Test
    void aVersionOneJournalIsMigratedKeepingEveryCountAsFrozenBeforeDestinations() throws Exception {
        Path file = folder.resolve("journal.db");
        CountPlan plan = JdbcJournalTest.plan("count-a", "sa1-000000000000000000000001");
        writeVersionOne(file, plan, false);

        JdbcJournal journal = new JdbcJournal(JournalDatabase.sqlite(file));

        assertThat(journal.plan(plan.reference(), JdbcJournalTest.QOYOD)).as("not on this destination").isEmpty();
        assertThat(journal.plan(plan.reference(), Destination.UNRECORDED)).hasValueSatisfying(found -> {
            assertThat(found.destination()).isEqualTo(Destination.UNRECORDED);
            assertThat(found.documents()).isEqualTo(plan.documents());
        });
        assertThat(journal.entries()).extracting(JournalEntry::state).containsExactly(DocumentState.APPLIED);
        assertThat(version(file)).isEqualTo(JournalSchema.VERSION);

        CountPlan sameReferenceElsewhere = JdbcJournalTest.plan("count-a", "sa1-000000000000000000000002");
        assertThat(journal.freeze(sameReferenceElsewhere, List.of(JournalEntry.planned(
                sameReferenceElsewhere.documents().get(0), AT)))).as("a count keyed by reference and destination").isTrue();
        assertThat(new JdbcJournal(JournalDatabase.sqlite(file)).entries()).hasSize(2);
    }

    /** The tables of version 2 (what stockadj wrote before reverts), with one count applied. */
    private static void writeVersionTwo(Path file, CountPlan plan) throws Exception {
        writeVersionOne(file, plan, true);
        new JdbcJournal(JournalDatabase.sqlite(file)).entries();   // this stockadj brings it to the current version
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE stockadj_revert_part");
            s.execute("DROP TABLE stockadj_count_part");
            s.execute("DROP TABLE stockadj_revert_step");
            s.execute("DROP TABLE stockadj_revert");
            s.execute("UPDATE stockadj_schema SET version = 2");
        }
    }

    @Test
    void aVersionTwoJournalGainsTheRevertTablesKeepingEveryCount() throws Exception {
        Path file = folder.resolve("journal.db");
        CountPlan plan = JdbcJournalTest.plan("count-a", "sa1-000000000000000000000001");
        writeVersionTwo(file, plan);
        assertThat(version(file)).isEqualTo(2);

        JdbcJournal journal = new JdbcJournal(JournalDatabase.sqlite(file));

        assertThat(journal.entries()).extracting(JournalEntry::state).containsExactly(DocumentState.APPLIED);
        assertThat(journal.steps()).isEmpty();
        assertThat(version(file)).isEqualTo(JournalSchema.VERSION);
        RevertPlan revert = RevertJournalContractTest.sampleRevert("count-a", Destination.UNRECORDED);
        assertThat(journal.freezeRevert(revert, List.of())).isTrue();
        assertThat(new JdbcJournal(JournalDatabase.sqlite(file)).revertPlan(revert.reference(), Destination.UNRECORDED))
                .contains(revert);
        JournalEntry applied = journal.entries().get(0);
        assertThat(journal.transition(DocumentState.APPLIED, applied.moveTo(DocumentState.REVERTED, "reverted", AT)))
                .isTrue();
        assertThat(new JdbcJournal(JournalDatabase.sqlite(file)).entries()).extracting(JournalEntry::state)
                .containsExactly(DocumentState.REVERTED);
    }

    /** The tables of version 3 (before plans were kept in parts): a count frozen whole in plan_json, not yet sent. */
    private static void writeVersionThree(Path file, CountPlan plan) throws Exception {
        new JdbcJournal(JournalDatabase.sqlite(file)).entries();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE stockadj_revert_part");
            s.execute("DROP TABLE stockadj_count_part");
            s.execute("UPDATE stockadj_schema SET version = 3");
            try (var insert = c.prepareStatement("INSERT INTO stockadj_count (count_ref, destination, seq, vendor,"
                    + " location, fingerprint, plan_json) VALUES (?, ?, 1, 'qoyod', '12', 'abc', ?)")) {
                insert.setString(1, plan.reference().value());
                insert.setString(2, plan.destination().value());
                insert.setString(3, PlanJson.write(plan));
                insert.execute();
            }
            try (var insert = c.prepareStatement("INSERT INTO stockadj_document VALUES (?, ?, ?, 0, 'PLANNED', NULL,"
                    + " NULL, '[]', '', ?)")) {
                insert.setString(1, plan.documents().get(0).key().value());
                insert.setString(2, plan.reference().value());
                insert.setString(3, plan.destination().value());
                insert.setString(4, AT.toString());
                insert.execute();
            }
        }
    }

    @Test
    void aVersionThreeJournalResumesItsWholePlanAndFreezesNewPlansInParts() throws Exception {
        Path file = folder.resolve("journal.db");
        CountPlan plan = JdbcJournalTest.plan("count-a", "sa1-000000000000000000000001");
        writeVersionThree(file, plan);
        assertThat(version(file)).isEqualTo(3);

        JdbcJournal journal = new JdbcJournal(JournalDatabase.sqlite(file));

        assertThat(journal.plan(plan.reference(), plan.destination())).as("the plan frozen whole").contains(plan);
        assertThat(journal.entries()).extracting(JournalEntry::state).containsExactly(DocumentState.PLANNED);
        assertThat(version(file)).isEqualTo(4);
        CountPlan large = LargePlans.plan("count-b", 'b', 5_000);
        assertThat(journal.freeze(large, List.of(JournalEntry.planned(large.documents().get(0), AT)))).isTrue();
        JdbcJournal reopened = new JdbcJournal(JournalDatabase.sqlite(file));
        assertThat(reopened.plan(large.reference(), large.destination())).contains(large);
        assertThat(reopened.plan(plan.reference(), plan.destination())).contains(plan);
        JournalEntry planned = reopened.entry(plan.documents().get(0).key()).orElseThrow();
        assertThat(reopened.transition(DocumentState.PLANNED, planned.moveTo(DocumentState.SENDING, "sending", AT)))
                .as("the old count goes on").isTrue();
    }

    @Test
    void aVersionOneJournalIsBroughtAllTheWayToTheRevertTables() throws Exception {
        Path file = folder.resolve("journal.db");
        writeVersionOne(file, JdbcJournalTest.plan("count-a", "sa1-000000000000000000000001"), false);

        JdbcJournal journal = new JdbcJournal(JournalDatabase.sqlite(file));

        assertThat(journal.steps()).isEmpty();
        assertThat(version(file)).isEqualTo(JournalSchema.VERSION);
    }

    @Test
    void aJournalOfANewerStockadjIsRefusedUnchanged() throws Exception {
        Path file = folder.resolve("journal.db");
        new JdbcJournal(JournalDatabase.sqlite(file)).entries();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE stockadj_schema SET version = 99");
        }

        assertThatThrownBy(() -> new JdbcJournal(JournalDatabase.sqlite(file)).entries())
                .isInstanceOf(JournalRefused.class).hasMessageContaining("newer stockadj").hasMessageContaining("99");
        assertThat(version(file)).isEqualTo(99);
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedUntouched() throws Exception {
        Path file = folder.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1234");
            s.execute("CREATE TABLE orders (id INTEGER)");
        }
        Path plain = folder.resolve("plain.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER)");
        }

        assertThatThrownBy(() -> new JdbcJournal(JournalDatabase.sqlite(file)).entries())
                .isInstanceOf(JournalRefused.class).hasMessageContaining("not a stockadj journal")
                .hasMessageContaining("another application");
        assertThatThrownBy(() -> new JdbcJournal(JournalDatabase.sqlite(plain)).entries())
                .isInstanceOf(JournalRefused.class).hasMessageContaining("stockadj did not create");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'stockadj%'")) {
            assertThat(rs.getInt(1)).as("no table added").isZero();
        }
    }

    @Test
    void anEmptyFileOrOneThatIsNoDatabaseIsRefused() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.db"));
        Path text = Files.writeString(folder.resolve("notes.db"), "this is not a database, it is a shopping list\n".repeat(40));

        assertThatThrownBy(() -> new JdbcJournal(JournalDatabase.sqlite(empty)).entries())
                .isInstanceOf(JournalRefused.class).hasMessageContaining("empty file");
        assertThatThrownBy(() -> new JdbcJournal(JournalDatabase.sqlite(text)).entries())
                .isInstanceOf(JournalRefused.class).hasMessageContaining("not an SQLite database");
        assertThat(Files.size(empty)).isZero();
    }

    @Test
    void aJournalFromBeforeTheApplicationIdIsKeptAndGivenIt() throws Exception {
        Path file = folder.resolve("journal.db");
        writeVersionOne(file, JdbcJournalTest.plan("count-a", "sa1-000000000000000000000001"), false);

        assertThat(new JdbcJournal(JournalDatabase.sqlite(file)).entries()).hasSize(1);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA application_id")) {
            assertThat(rs.getInt(1)).isEqualTo(JournalDatabase.APPLICATION_ID);
        }
    }
}
