package dev.stockadj.journal;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.vendor.Destination;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of a frozen plan table, its part table and its entry table, on a connection {@link JdbcJournal} opens and
 * commits. An apply's counts ({@code stockadj_count}, {@code stockadj_count_part}, {@code stockadj_document}) and,
 * since schema version 3, its reverts ({@code stockadj_revert}, {@code stockadj_revert_part},
 * {@code stockadj_revert_step}) have the same shape: one plan row per count and destination ({@code seq} orders
 * them), the plan's JSON in parts ({@link PartWriter}; before schema version 4, whole in the plan row's
 * {@code plan_json}, which a plan frozen since leaves empty) and entries moved by compare-and-set on their state.
 * Written once here so the two cannot drift.
 *
 * @param plans   the plan table
 * @param parts   the plan's JSON, a part a row
 * @param entries the entry table
 * @param index   the entries' column for their place in the plan
 */
record EntryTable(String plans, String parts, String entries, String index) {
    static final EntryTable COUNTS = new EntryTable("stockadj_count", "stockadj_count_part", "stockadj_document",
            "doc_index");
    static final EntryTable REVERTS = new EntryTable("stockadj_revert", "stockadj_revert_part", "stockadj_revert_step",
            "step_index");

    /** Writes a plan's JSON to a stream, a part at a time. */
    @FunctionalInterface
    interface PlanText {
        void writeTo(Writer out) throws IOException;
    }

    /** Reads a plan from its JSON's stream. */
    @FunctionalInterface
    interface PlanReading<T> {
        T from(Reader in) throws IOException;
    }

    private String columns() {
        return "e.idem_key, e.count_ref, e." + index + ", e.state, e.vendor_id, e.response, e.errors_json, e.note,"
                + " e.updated_at";
    }

    /**
     * Stores a plan row ({@code count_ref}, {@code destination}, the next {@code seq}, then {@code columns}, and an
     * empty {@code plan_json}), the plan's text in parts and its entries, unless the count already has one there;
     * whether it stored them.
     */
    boolean freeze(Connection c, CountReference reference, Destination destination, List<String> columns,
                   List<String> values, PlanText text, List<JournalEntry> planned) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + plans + " (count_ref, destination, seq, "
                + String.join(", ", columns) + ", plan_json) SELECT ?, ?, COALESCE(MAX(seq), 0) + 1"
                + ", ?".repeat(values.size()) + ", '' FROM " + plans + " WHERE true"
                + " ON CONFLICT (count_ref, destination) DO NOTHING")) {
            insert.setString(1, reference.value());
            insert.setString(2, destination.value());
            for (int i = 0; i < values.size(); i++) {
                insert.setString(i + 3, values.get(i));
            }
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        try (PartWriter out = new PartWriter(c, parts, reference.value(), destination.value(), PartWriter.PART_CHARS)) {
            text.writeTo(out);
        } catch (PartWriter.SqlFailure e) {
            throw e.sql();
        } catch (IOException e) {
            throw new JournalFailure("cannot write to the journal: " + e.getMessage(), e);
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + entries + " (idem_key, count_ref,"
                + " destination, " + index + ", state, vendor_id, response, errors_json, note, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (JournalEntry e : planned) {
                insert.setString(1, e.key().value());
                insert.setString(2, e.countReference().value());
                insert.setString(3, destination.value());
                insert.setInt(4, e.index());
                bindState(insert, 5, e);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return true;
    }

    /**
     * The plan frozen for the count there, if one was, read from its parts, or from {@code plan_json} if it was frozen
     * before there were parts.
     */
    <T> Optional<T> plan(Connection c, CountReference reference, Destination destination, PlanReading<T> reading)
            throws SQLException {
        String whole;
        try (PreparedStatement select = c.prepareStatement("SELECT plan_json FROM " + plans
                + " WHERE count_ref = ? AND destination = ?")) {
            select.setString(1, reference.value());
            select.setString(2, destination.value());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                whole = rs.getString(1);
            }
        }
        try (Reader in = whole.isEmpty() ? new PartReader(c, parts, reference.value(), destination.value())
                : new StringReader(whole)) {
            return Optional.of(reading.from(in));
        } catch (PartWriter.SqlFailure e) {
            throw e.sql();
        } catch (IOException e) {
            throw new JournalFailure("a stored plan cannot be read: " + e.getMessage(), e);
        }
    }

    Optional<JournalEntry> entry(Connection c, IdempotencyKey key) throws SQLException {
        return select(c, "WHERE e.idem_key = ?", key.value()).stream().findFirst();
    }

    /** Every entry, the newest plan first, each plan's entries in their order. */
    List<JournalEntry> newestFirst(Connection c) throws SQLException {
        return select(c, "JOIN " + plans + " p ON p.count_ref = e.count_ref AND p.destination = e.destination"
                + " ORDER BY p.seq DESC, e." + index);
    }

    /** The entries matching {@code clause} (after {@code FROM entries e}), one string parameter a {@code ?}. */
    List<JournalEntry> select(Connection c, String clause, String... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + columns() + " FROM " + entries + " e "
                + clause)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<JournalEntry> found = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(new JournalEntry(new IdempotencyKey(rs.getString(1)), new CountReference(rs.getString(2)),
                            rs.getInt(3), DocumentState.valueOf(rs.getString(4)),
                            Optional.ofNullable(rs.getString(5)).map(VendorDocumentId::new),
                            Optional.ofNullable(rs.getString(6)), PlanJson.readErrors(rs.getString(7)), rs.getString(8),
                            Instant.parse(rs.getString(9))));
                }
            }
            return found;
        }
    }

    /** Compare-and-set: moves the entry to {@code next} only if it is still {@code expected}. */
    boolean transition(Connection c, DocumentState expected, JournalEntry next) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE " + entries + " SET state = ?,"
                + " vendor_id = ?, response = ?, errors_json = ?, note = ?, updated_at = ?"
                + " WHERE idem_key = ? AND state = ?")) {
            bindState(update, 1, next);
            update.setString(7, next.key().value());
            update.setString(8, expected.name());
            return update.executeUpdate() == 1;
        }
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
}
