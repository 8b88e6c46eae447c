package dev.stockadj.journal;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.model.vendor.Destination;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of reverts (schema version 3), on a connection {@link JdbcJournal} opens and commits:
 * {@code stockadj_revert} holds one frozen revert plan per count and destination ({@code seq} orders them), and
 * {@code stockadj_revert_step} its steps, each moved by compare-and-set on its state as a document is.
 */
final class RevertTables {
    private static final String COLUMNS = "s.idem_key, s.count_ref, s.step_index, s.state, s.vendor_id, s.response,"
            + " s.errors_json, s.note, s.updated_at";

    private RevertTables() {
    }

    static boolean freeze(Connection c, RevertPlan plan, List<JournalEntry> planned) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO stockadj_revert"
                + " (count_ref, destination, seq, vendor, plan_json)"
                + " SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM stockadj_revert WHERE true"
                + " ON CONFLICT (count_ref, destination) DO NOTHING")) {
            insert.setString(1, plan.reference().value());
            insert.setString(2, plan.destination().value());
            insert.setString(3, plan.vendor().value());
            insert.setString(4, RevertJson.write(plan));
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO stockadj_revert_step (idem_key, count_ref,"
                + " destination, step_index, state, vendor_id, response, errors_json, note, updated_at)"
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
    }

    static Optional<RevertPlan> plan(Connection c, CountReference reference, Destination destination)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT plan_json FROM stockadj_revert"
                + " WHERE count_ref = ? AND destination = ?")) {
            select.setString(1, reference.value());
            select.setString(2, destination.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(RevertJson.read(rs.getString(1))) : Optional.empty();
            }
        }
    }

    static Optional<JournalEntry> step(Connection c, IdempotencyKey key) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM stockadj_revert_step s WHERE s.idem_key = ?", key.value())
                .stream().findFirst();
    }

    static List<JournalEntry> steps(Connection c) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM stockadj_revert_step s JOIN stockadj_revert r"
                + " ON r.count_ref = s.count_ref AND r.destination = s.destination ORDER BY r.seq DESC, s.step_index");
    }

    static boolean transition(Connection c, DocumentState expected, JournalEntry next) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE stockadj_revert_step SET state = ?,"
                + " vendor_id = ?, response = ?, errors_json = ?, note = ?, updated_at = ?"
                + " WHERE idem_key = ? AND state = ?")) {
            bindState(update, 1, next);
            update.setString(7, next.key().value());
            update.setString(8, expected.name());
            return update.executeUpdate() == 1;
        }
    }

    private static void bindState(PreparedStatement s, int first, JournalEntry e) throws SQLException {
        s.setString(first, e.state().name());
        s.setString(first + 1, e.vendorId().map(VendorDocumentId::value).orElse(null));
        s.setString(first + 2, e.response().orElse(null));
        s.setString(first + 3, PlanJson.writeErrors(e.errors()));
        s.setString(first + 4, e.note());
        s.setString(first + 5, e.updatedAt().toString());
    }

    private static List<JournalEntry> select(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<JournalEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new JournalEntry(new IdempotencyKey(rs.getString(1)), new CountReference(rs.getString(2)),
                            rs.getInt(3), DocumentState.valueOf(rs.getString(4)),
                            Optional.ofNullable(rs.getString(5)).map(VendorDocumentId::new),
                            Optional.ofNullable(rs.getString(6)), PlanJson.readErrors(rs.getString(7)), rs.getString(8),
                            Instant.parse(rs.getString(9))));
                }
            }
            return entries;
        }
    }
}
