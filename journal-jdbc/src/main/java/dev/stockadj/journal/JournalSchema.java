package dev.stockadj.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The journal's tables, versioned in {@code stockadj_schema}, and the way from each version to the next.
 * <ul>
 *   <li>1 (no version table): {@code stockadj_count} keyed by {@code count_ref};</li>
 *   <li>2: a count is keyed by its reference and its destination (where its documents go), so the same reference
 *       on a sandbox, staging or another account is another count; counts of version 1 get the destination
 *       {@code (not recorded)}, which their own vendor continues wherever it is.</li>
 *   <li>3: reverts ({@code stockadj revert}): {@code stockadj_revert} (one frozen revert plan per count and
 *       destination) and {@code stockadj_revert_step} (its steps, journalled like documents); a count's documents may
 *       be {@code REVERTED}, which a stockadj of version 2 would not read, so such a journal is refused by it.</li>
 *   <li>4: a frozen plan's JSON is kept in parts ({@code stockadj_count_part}, {@code stockadj_revert_part}: a
 *       megabyte of text a row, in order), written and read a part at a time, and the plan row's {@code plan_json}
 *       is left empty: a million-line plan's text, whole, did not fit in the heap of a 512 MB apply. Plans frozen
 *       before keep their whole JSON in {@code plan_json} and are read from there; nothing is rewritten. A
 *       stockadj of version 3 would read an empty plan, so it refuses such a journal.</li>
 * </ul>
 * A journal of a later version than this stockadj knows is refused, never written.
 */
final class JournalSchema {
    static final int VERSION = 4;
    static final String UNRECORDED = "(not recorded)";

    private static final String COUNT_COLUMNS = "count_ref TEXT NOT NULL, destination TEXT NOT NULL, seq BIGINT NOT NULL,"
            + " vendor TEXT NOT NULL, location TEXT NOT NULL, fingerprint TEXT NOT NULL, plan_json TEXT NOT NULL,"
            + " PRIMARY KEY (count_ref, destination)";
    private static final String DOCUMENT_COLUMNS = "idem_key TEXT PRIMARY KEY, count_ref TEXT NOT NULL,"
            + " destination TEXT NOT NULL, doc_index INTEGER NOT NULL, state TEXT NOT NULL, vendor_id TEXT,"
            + " response TEXT, errors_json TEXT NOT NULL, note TEXT NOT NULL, updated_at TEXT NOT NULL,"
            + " FOREIGN KEY (count_ref, destination) REFERENCES %s (count_ref, destination)";
    private static final String INDEX = "CREATE INDEX stockadj_document_count ON stockadj_document"
            + " (count_ref, destination, doc_index)";
    private static final String REVERT_COLUMNS = "count_ref TEXT NOT NULL, destination TEXT NOT NULL,"
            + " seq BIGINT NOT NULL, vendor TEXT NOT NULL, plan_json TEXT NOT NULL, PRIMARY KEY (count_ref, destination)";
    private static final String STEP_COLUMNS = "idem_key TEXT PRIMARY KEY, count_ref TEXT NOT NULL,"
            + " destination TEXT NOT NULL, step_index INTEGER NOT NULL, state TEXT NOT NULL, vendor_id TEXT,"
            + " response TEXT, errors_json TEXT NOT NULL, note TEXT NOT NULL, updated_at TEXT NOT NULL,"
            + " FOREIGN KEY (count_ref, destination) REFERENCES stockadj_revert (count_ref, destination)";

    private static final String PART_COLUMNS = "count_ref TEXT NOT NULL, destination TEXT NOT NULL,"
            + " part_no INTEGER NOT NULL, json_text TEXT NOT NULL, PRIMARY KEY (count_ref, destination, part_no),"
            + " FOREIGN KEY (count_ref, destination) REFERENCES %s (count_ref, destination)";

    private JournalSchema() {
    }

    /** Brings the tables to {@link #VERSION} inside the caller's transaction (which holds the write lock). */
    static void ensure(Connection c, String where) throws SQLException {
        int version = version(c);
        if (version > VERSION) {
            throw new JournalRefused(where + " was written by a newer stockadj (journal schema " + version
                    + "; this one knows " + VERSION + "): upgrade stockadj, or name another journal");
        }
        try (Statement s = c.createStatement()) {
            if (version == 0) {
                s.execute("CREATE TABLE stockadj_count (" + COUNT_COLUMNS + ")");
                s.execute("CREATE TABLE stockadj_document (" + DOCUMENT_COLUMNS.formatted("stockadj_count") + ")");
                s.execute(INDEX);
            }
            if (version == 1) {
                fromOneToTwo(s);
            }
            if (version < 3) {
                fromTwoToThree(s);
            }
            if (version < 4) {
                fromThreeToFour(s);
            }
            if (version < 2) {
                s.execute("CREATE TABLE stockadj_schema (version INTEGER NOT NULL)");
                s.execute("INSERT INTO stockadj_schema (version) VALUES (" + VERSION + ")");
            } else if (version < VERSION) {
                s.execute("UPDATE stockadj_schema SET version = " + VERSION);
            }
        }
    }

    /** 0: no tables yet; 1: the tables of version 1 and no version table; else what the version table says. */
    static int version(Connection c) throws SQLException {
        if (exists(c, "stockadj_schema")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM stockadj_schema")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
        return exists(c, "stockadj_count") ? 1 : 0;
    }

    /** Rebuilds both tables with the destination in the count's key (SQLite cannot change a primary key in place). */
    private static void fromOneToTwo(Statement s) throws SQLException {
        s.execute("CREATE TABLE stockadj_count_v2 (" + COUNT_COLUMNS + ")");
        s.execute("INSERT INTO stockadj_count_v2 (count_ref, destination, seq, vendor, location, fingerprint, plan_json)"
                + " SELECT count_ref, '" + UNRECORDED + "', seq, vendor, location, fingerprint, plan_json FROM stockadj_count");
        s.execute("CREATE TABLE stockadj_document_v2 (" + DOCUMENT_COLUMNS.formatted("stockadj_count_v2") + ")");
        s.execute("INSERT INTO stockadj_document_v2 (idem_key, count_ref, destination, doc_index, state, vendor_id,"
                + " response, errors_json, note, updated_at) SELECT idem_key, count_ref, '" + UNRECORDED + "', doc_index,"
                + " state, vendor_id, response, errors_json, note, updated_at FROM stockadj_document");
        s.execute("DROP TABLE stockadj_document");
        s.execute("DROP TABLE stockadj_count");
        s.execute("ALTER TABLE stockadj_count_v2 RENAME TO stockadj_count");
        s.execute("ALTER TABLE stockadj_document_v2 RENAME TO stockadj_document");
        s.execute(INDEX);
    }

    /** Adds the revert tables; nothing of version 2 changes. */
    private static void fromTwoToThree(Statement s) throws SQLException {
        s.execute("CREATE TABLE stockadj_revert (" + REVERT_COLUMNS + ")");
        s.execute("CREATE TABLE stockadj_revert_step (" + STEP_COLUMNS + ")");
    }

    /** Adds the part tables; plans frozen before stay whole in {@code plan_json}. */
    private static void fromThreeToFour(Statement s) throws SQLException {
        s.execute("CREATE TABLE stockadj_count_part (" + PART_COLUMNS.formatted("stockadj_count") + ")");
        s.execute("CREATE TABLE stockadj_revert_part (" + PART_COLUMNS.formatted("stockadj_revert") + ")");
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        String sql = postgres(c) ? "SELECT to_regclass(?) IS NOT NULL"
                : "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?";
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, table);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    static boolean postgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
}
