package dev.stockadj.journal;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The journal on SQLite or PostgreSQL through plain JDBC. Each call opens a connection, commits
 * before it returns and closes it, so a process killed between two calls loses nothing and
 * several workers may share a PostgreSQL journal. {@link #transition} is a compare-and-set on the
 * state; {@link #freeze} stores a plan and its entries in one transaction.
 *
 * <p>Schema ({@link JournalSchema}, versioned): {@code stockadj_count} (one row per frozen plan, keyed by count
 * reference and destination; {@code seq} orders counts) and {@code stockadj_document} (one row per document, keyed
 * by its idempotency key); since version 3 also the reverts, of the same shape; the SQL of both is {@link EntryTable}'s.
 */
public final class JdbcJournal implements JournalPort, RevertJournalPort {
    /** Any fixed number: the advisory lock that serialises creating the tables on PostgreSQL. */
    private static final long SCHEMA_LOCK = 0x5374_6b41_646aL;

    private final JournalDatabase database;
    private volatile boolean schemaReady;

    public JdbcJournal(JournalDatabase database) {
        this.database = database;
    }

    /** The journal in the caller's data source (see {@link JournalDatabase#of(javax.sql.DataSource, String)}). */
    public static JdbcJournal of(javax.sql.DataSource dataSource, String name) {
        return new JdbcJournal(JournalDatabase.of(dataSource, name));
    }

    /** Names where the journal is (never a URL's query, which may carry a password). */
    @Override
    public String toString() {
        return "journal " + database;
    }

    @Override
    public boolean freeze(CountPlan plan, List<JournalEntry> planned) {
        return inTransaction(c -> EntryTable.COUNTS.freeze(c, plan.reference(), plan.destination(),
                List.of("vendor", "location", "fingerprint"),
                List.of(plan.vendor().value(), plan.location().value(), plan.fingerprint()),
                out -> PlanJson.write(plan, out), planned));
    }

    @Override
    public Optional<CountPlan> plan(CountReference reference, Destination destination) {
        return query(c -> EntryTable.COUNTS.plan(c, reference, destination, PlanJson::read));
    }

    @Override
    public List<JournalEntry> entries(CountReference reference) {
        return query(c -> EntryTable.COUNTS.select(c, "WHERE e.count_ref = ? ORDER BY e.destination, e.doc_index",
                reference.value()));
    }

    @Override
    public List<JournalEntry> entries() {
        return query(EntryTable.COUNTS::newestFirst);
    }

    @Override
    public Optional<JournalEntry> entry(IdempotencyKey key) {
        return query(c -> EntryTable.COUNTS.entry(c, key));
    }

    @Override
    public boolean transition(DocumentState expected, JournalEntry next) {
        return inTransaction(c -> EntryTable.COUNTS.transition(c, expected, next));
    }

    @Override
    public boolean freezeRevert(RevertPlan plan, List<JournalEntry> planned) {
        return inTransaction(c -> EntryTable.REVERTS.freeze(c, plan.reference(), plan.destination(),
                List.of("vendor"), List.of(plan.vendor().value()), out -> out.write(RevertJson.write(plan)), planned));
    }

    @Override
    public Optional<RevertPlan> revertPlan(CountReference reference, Destination destination) {
        return query(c -> EntryTable.REVERTS.plan(c, reference, destination, RevertJson::read));
    }

    @Override
    public Optional<JournalEntry> step(IdempotencyKey key) {
        return query(c -> EntryTable.REVERTS.entry(c, key));
    }

    @Override
    public boolean transitionStep(DocumentState expected, JournalEntry next) {
        return inTransaction(c -> EntryTable.REVERTS.transition(c, expected, next));
    }

    @Override
    public List<JournalEntry> steps() {
        return query(EntryTable.REVERTS::newestFirst);
    }

    private <T> T query(Work<T> work) {
        try (Connection c = open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new JournalFailure("journal " + database + " cannot be read: " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new JournalFailure("journal " + database + " cannot be written: " + e.getMessage(), e);
        }
    }

    private Connection open() throws SQLException {
        if (!schemaReady) {
            try (Connection c = database.connect()) {
                createSchema(c);
            } catch (SQLException e) {
                throw database.orRefused(e);
            }
            schemaReady = true;
        }
        return database.connect();
    }

    /**
     * Checks that the place holds a stockadj journal (or nothing yet) and brings its tables to the current schema
     * version, once, in one transaction on a connection of its own. Workers that start together on a fresh
     * PostgreSQL database would otherwise race on creating the tables (not safe concurrently there), so on
     * PostgreSQL the transaction first takes an advisory lock that the others wait on; SQLite serialises writers
     * by itself (the connection begins its transactions IMMEDIATE).
     */
    private void createSchema(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            if (JournalSchema.postgres(c)) {
                s.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
            } else {
                database.checkApplicationId(c);
            }
            JournalSchema.ensure(c, database.toString());
            c.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(c, e);
            throw e;
        }
    }

    /** Rolls back after {@code cause}; a failing rollback is kept with the cause, never in its place. */
    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
