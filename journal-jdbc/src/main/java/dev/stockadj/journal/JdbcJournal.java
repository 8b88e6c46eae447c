package dev.stockadj.journal;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
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
 * by its idempotency key); since version 3 also the reverts ({@link RevertTables}).
 */
public final class JdbcJournal implements JournalPort, RevertJournalPort {
    private static final String COLUMNS =
            "d.idem_key, d.count_ref, d.doc_index, d.state, d.vendor_id, d.response, d.errors_json, d.note, d.updated_at";

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
        return inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO stockadj_count"
                    + " (count_ref, destination, seq, vendor, location, fingerprint, plan_json)"
                    + " SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ? FROM stockadj_count WHERE true"
                    + " ON CONFLICT (count_ref, destination) DO NOTHING")) {
                insert.setString(1, plan.reference().value());
                insert.setString(2, plan.destination().value());
                insert.setString(3, plan.vendor().value());
                insert.setString(4, plan.location().value());
                insert.setString(5, plan.fingerprint());
                insert.setString(6, PlanJson.write(plan));
                if (insert.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO stockadj_document (idem_key, count_ref,"
                    + " destination, doc_index, state, vendor_id, response, errors_json, note, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (JournalEntry e : planned) {
                    insert.setString(1, e.key().value());
                    insert.setString(2, e.countReference().value());
                    insert.setString(3, plan.destination().value());
                    insert.setInt(4, e.index());
                    bindState(insert, 5, e);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        });
    }

    @Override
    public Optional<CountPlan> plan(CountReference reference, Destination destination) {
        return query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT plan_json FROM stockadj_count"
                    + " WHERE count_ref = ? AND destination = ?")) {
                select.setString(1, reference.value());
                select.setString(2, destination.value());
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(PlanJson.read(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<JournalEntry> entries(CountReference reference) {
        return select("SELECT " + COLUMNS + " FROM stockadj_document d WHERE d.count_ref = ?"
                + " ORDER BY d.destination, d.doc_index", reference.value());
    }

    @Override
    public List<JournalEntry> entries() {
        return select("SELECT " + COLUMNS + " FROM stockadj_document d JOIN stockadj_count c"
                + " ON c.count_ref = d.count_ref AND c.destination = d.destination ORDER BY c.seq DESC, d.doc_index");
    }

    @Override
    public Optional<JournalEntry> entry(IdempotencyKey key) {
        return select("SELECT " + COLUMNS + " FROM stockadj_document d WHERE d.idem_key = ?", key.value())
                .stream().findFirst();
    }

    @Override
    public boolean transition(DocumentState expected, JournalEntry next) {
        return inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE stockadj_document SET state = ?,"
                    + " vendor_id = ?, response = ?, errors_json = ?, note = ?, updated_at = ?"
                    + " WHERE idem_key = ? AND state = ?")) {
                bindState(update, 1, next);
                update.setString(7, next.key().value());
                update.setString(8, expected.name());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean freezeRevert(RevertPlan plan, List<JournalEntry> planned) {
        return inTransaction(c -> RevertTables.freeze(c, plan, planned));
    }

    @Override
    public Optional<RevertPlan> revertPlan(CountReference reference, Destination destination) {
        return query(c -> RevertTables.plan(c, reference, destination));
    }

    @Override
    public Optional<JournalEntry> step(IdempotencyKey key) {
        return query(c -> RevertTables.step(c, key));
    }

    @Override
    public boolean transitionStep(DocumentState expected, JournalEntry next) {
        return inTransaction(c -> RevertTables.transition(c, expected, next));
    }

    @Override
    public List<JournalEntry> steps() {
        return query(RevertTables::steps);
    }

    /** Binds state, vendor id, response, errors, note and time from {@code first} on. */
    private static void bindState(PreparedStatement s, int first, JournalEntry e) throws SQLException {
        s.setString(first, e.state().name());
        s.setString(first + 1, e.vendorId().map(VendorDocumentId::value).orElse(null));
        s.setString(first + 2, e.response().orElse(null));
        s.setString(first + 3, PlanJson.writeErrors(e.errors()));
        s.setString(first + 4, e.note());
        s.setString(first + 5, e.updatedAt().toString());
    }

    private List<JournalEntry> select(String sql, String... parameters) {
        return query(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                List<JournalEntry> entries = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new JournalEntry(new IdempotencyKey(rs.getString(1)),
                                new CountReference(rs.getString(2)), rs.getInt(3), DocumentState.valueOf(rs.getString(4)),
                                Optional.ofNullable(rs.getString(5)).map(VendorDocumentId::new),
                                Optional.ofNullable(rs.getString(6)), PlanJson.readErrors(rs.getString(7)),
                                rs.getString(8), Instant.parse(rs.getString(9))));
                    }
                }
                return entries;
            }
        });
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
