package dev.stockadj.journal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Where the journal lives: a SQLite file, a PostgreSQL database given by a {@code jdbc:postgresql:} URL, or the
 * caller's own {@link DataSource} (a pool, a proxy, metrics around it). Its {@code toString} names the place
 * without the URL's query (which may carry a password).
 */
public final class JournalDatabase {
    /** {@code PRAGMA application_id} of a journal file: "SAJ1" in ASCII. */
    static final int APPLICATION_ID = 0x53414a31;
    /** sqlite-jdbc's {@code open_mode} for "read and write, never create": SQLITE_OPEN_READWRITE. */
    private static final String OPEN_EXISTING = "2";
    /** SQLite's result code for a file that is not a database. */
    private static final int SQLITE_NOTADB = 26;

    private final String url;
    private final Properties properties;
    private final String shown;
    private final Path sqliteFile;
    private final DataSource dataSource;

    private JournalDatabase(String url, Properties properties, String shown, Path sqliteFile, DataSource dataSource) {
        this.url = url;
        this.properties = properties;
        this.shown = shown;
        this.sqliteFile = sqliteFile;
        this.dataSource = dataSource;
    }

    /**
     * The journal in the caller's {@link DataSource}: PostgreSQL (several workers may share it) or SQLite. Each
     * call takes a connection, commits before it returns and closes it; the tables are created or migrated on
     * first use. For a SQLite file, {@link #sqlite(Path)} is safer: it begins transactions IMMEDIATE and creates
     * a new file whole, which a data source of the caller's may not.
     *
     * @param name how messages name it (never a password)
     */
    public static JournalDatabase of(DataSource dataSource, String name) {
        Objects.requireNonNull(dataSource, "dataSource is required");
        Objects.requireNonNull(name, "name is required");
        return new JournalDatabase(null, null, name, null, dataSource);
    }

    /** A {@code jdbc:postgresql:} URL, or a path to a SQLite file (created with its folder if missing). */
    public static JournalDatabase of(String pathOrUrl) {
        if (pathOrUrl.startsWith("jdbc:postgresql:")) {
            int query = pathOrUrl.indexOf('?');
            return new JournalDatabase(pathOrUrl, new Properties(), query < 0 ? pathOrUrl : pathOrUrl.substring(0, query),
                    null, null);
        }
        if (pathOrUrl.startsWith("jdbc:")) {
            int subprotocolEnd = pathOrUrl.indexOf(':', "jdbc:".length());
            String kind = subprotocolEnd < 0 ? "jdbc:" : pathOrUrl.substring(0, subprotocolEnd + 1);
            throw new IllegalArgumentException("--journal takes a file path or a jdbc:postgresql: URL, not a "
                    + kind + " URL");
        }
        return sqlite(placeFor(Path.of(pathOrUrl)));
    }

    /**
     * A SQLite journal's file, its folder created: a folder given as the file, or a folder that cannot be made,
     * is said now (a setting to fix) rather than on first use, where it would read as a journal that is down.
     */
    private static Path placeFor(Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder; the journal is a file, e.g. "
                    + file.resolve("journal.db"));
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the folder " + folder + " for the journal (not writable,"
                    + " or a file is in the way)");
        }
        return file;
    }

    public static JournalDatabase sqlite(Path file) {
        Properties properties = sqliteProperties();
        properties.setProperty("open_mode", OPEN_EXISTING);
        Path absolute = file.toAbsolutePath();
        return new JournalDatabase("jdbc:sqlite:" + absolute, properties, absolute.toString(), absolute, null);
    }

    private static Properties sqliteProperties() {
        Properties properties = new Properties();
        properties.setProperty("busy_timeout", "10000");
        properties.setProperty("transaction_mode", "IMMEDIATE");
        properties.setProperty("foreign_keys", "true");
        return properties;
    }

    Connection connect() throws SQLException {
        if (dataSource != null) {
            return dataSource.getConnection();
        }
        if (sqliteFile != null) {
            createSqliteFileOnce();
        }
        return DriverManager.getConnection(url, properties);
    }

    /**
     * Brings a missing SQLite file into being whole. SQLite treats a zero-length database file
     * specially: a connection that finds one next to another connection's rollback journal may
     * delete that journal, and the other's commit then fails ({@code SQLITE_IOERR_DELETE_NOENT});
     * several workers starting at once on a new journal hit this about once in ten runs. So the
     * file is never created empty in place: it is written aside with its first page (the
     * journal's application id) and hard-linked to its name, which fails, atomically, if another
     * worker got there first. Connections open the file without the right to create it.
     */
    private void createSqliteFileOnce() throws SQLException {
        if (Files.exists(sqliteFile)) {
            refuseAnEmptyFile();
            return;
        }
        Path folder = sqliteFile.getParent();
        Path aside = null;
        try {
            Files.createDirectories(folder);
            aside = Files.createTempFile(folder, "." + sqliteFile.getFileName() + "-", ".new");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + aside, sqliteProperties());
                    Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            link(aside, sqliteFile);
        } catch (IOException e) {
            throw new SQLException("cannot create the journal " + sqliteFile + ": " + e.getMessage(), e);
        } finally {
            if (aside != null) {
                try {
                    Files.deleteIfExists(aside);
                } catch (IOException ignored) {
                    // a stray file beside the journal harms nothing
                }
            }
        }
    }

    /**
     * Gives {@code file} the name {@code name} unless something has that name already: a hard
     * link where the file system has them, else a move (which is atomic on the same file system
     * but may replace a file created in the same instant; two workers creating the same new
     * journal on such a file system is the one case left to chance).
     */
    private static void link(Path file, Path name) throws IOException {
        try {
            try {
                Files.createLink(name, file);
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                if (noHardLinks instanceof FileAlreadyExistsException exists) {
                    throw exists;
                }
                Files.move(file, name);
            }
        } catch (FileAlreadyExistsException anotherWorkerCreatedIt) {
            // the journal exists now, which is all this was for
        }
    }

    /** An empty file is nobody's journal yet: taking it over could hide a mistyped path. */
    private void refuseAnEmptyFile() {
        try {
            if (Files.isRegularFile(sqliteFile) && Files.size(sqliteFile) == 0) {
                throw new JournalRefused(sqliteFile + " is an empty file, not a stockadj journal: remove it, or name"
                        + " another journal (--journal, STOCKADJ_JOURNAL or the journal setting)");
            }
        } catch (IOException e) {
            // unreadable: opening it reports why
        }
    }

    /**
     * Refuses a SQLite file that is not a stockadj journal: one whose {@code application_id} is another's, a
     * database with tables of someone else's, or a file that is not a database at all. A journal from before the
     * id was written (its tables are there), or a database with no tables yet, is given it.
     */
    void checkApplicationId(Connection c) throws SQLException {
        int id;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA application_id")) {
            id = rs.next() ? rs.getInt(1) : 0;
        }
        int version = JournalSchema.version(c);
        if (id == APPLICATION_ID) {
            return;
        }
        if (id == 0 && (version > 0 || !hasTables(c))) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            return;
        }
        throw new JournalRefused(notOurs(id == 0 ? "it is an SQLite database with tables stockadj did not create"
                : String.format("it belongs to another application (SQLite application_id 0x%08x)", id)));
    }

    /** A database with no tables at all holds nothing to take over (a new one from a caller's data source). */
    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** A file that is not a database at all is refused like any other that is not a journal. */
    SQLException orRefused(SQLException e) {
        if (sqliteFile != null && (e.getErrorCode() == SQLITE_NOTADB || String.valueOf(e.getMessage()).contains("NOTADB"))) {
            throw new JournalRefused(notOurs("it is not an SQLite database"));
        }
        return e;
    }

    private String notOurs(String why) {
        return shown + " is not a stockadj journal (" + why + "): name another journal (with the CLI: --journal,"
                + " STOCKADJ_JOURNAL or the journal setting), or move this file away";
    }

    @Override
    public String toString() {
        return shown;
    }
}
