package dev.stockadj.app.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the journal lives: a SQLite file, or a PostgreSQL database given by a
 * {@code jdbc:postgresql:} URL. Its {@code toString} names the place without the URL's query
 * (which may carry a password).
 */
public final class JournalDatabase {
    public static final Path DEFAULT_FILE = Path.of(System.getProperty("user.home"), ".stockadj", "journal.db");
    /**
     * The default journal of {@code --sandbox} runs, kept apart from the real one: a count tried
     * on a sandbox must never make the real apply of the same file say "already applied".
     */
    public static final Path SANDBOX_FILE = Path.of(System.getProperty("user.home"), ".stockadj", "sandbox-journal.db");

    private final String url;
    private final Properties properties;
    private final String shown;

    private JournalDatabase(String url, Properties properties, String shown) {
        this.url = url;
        this.properties = properties;
        this.shown = shown;
    }

    /** Where the journal is when {@code --journal} does not say: the sandbox's own, or the real one. */
    public static Path defaultFile(boolean sandbox) {
        return sandbox ? SANDBOX_FILE : DEFAULT_FILE;
    }

    /** A {@code jdbc:postgresql:} URL, or a path to a SQLite file (created with its folder if missing). */
    public static JournalDatabase of(String pathOrUrl) {
        if (pathOrUrl.startsWith("jdbc:postgresql:")) {
            int query = pathOrUrl.indexOf('?');
            return new JournalDatabase(pathOrUrl, new Properties(), query < 0 ? pathOrUrl : pathOrUrl.substring(0, query));
        }
        if (pathOrUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--journal takes a file path or a jdbc:postgresql: URL, not " + pathOrUrl);
        }
        return sqlite(Path.of(pathOrUrl));
    }

    public static JournalDatabase sqlite(Path file) {
        Properties properties = new Properties();
        properties.setProperty("busy_timeout", "10000");
        properties.setProperty("transaction_mode", "IMMEDIATE");
        properties.setProperty("foreign_keys", "true");
        Path absolute = file.toAbsolutePath();
        return new JournalDatabase("jdbc:sqlite:" + absolute, properties, absolute.toString());
    }

    Connection connect() throws SQLException {
        if (url.startsWith("jdbc:sqlite:")) {
            createFolder();
        }
        return DriverManager.getConnection(url, properties);
    }

    private void createFolder() throws SQLException {
        Path parent = Path.of(shown).getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the journal's folder " + parent + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return shown;
    }
}
