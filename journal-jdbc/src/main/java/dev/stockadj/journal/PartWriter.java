package dev.stockadj.journal;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes a frozen plan's text into its part table, {@link #PART_CHARS} characters a row, as the text is made: a
 * million-line plan is some 270 million characters, which no JDBC driver streams into one column (SQLite's and
 * PostgreSQL's both read a stream whole into a string first), so the text is never held whole here. Flushing
 * writes nothing; a part is written when it is full and the last one on {@link #close}. A database failure is
 * thrown as {@link SqlFailure}, which the caller unwraps.
 */
final class PartWriter extends Writer {
    /** A megabyte or two of heap a part, whatever the plan's size; a plan of up to some 3,000 lines is one part. */
    static final int PART_CHARS = 1 << 20;

    private final PreparedStatement insert;
    private final char[] buffer;
    private int filled;
    private int part;

    /** @param partChars the characters a part holds (at least 2, so a surrogate pair can always be kept whole) */
    PartWriter(Connection c, String parts, String reference, String destination, int partChars) throws SQLException {
        insert = c.prepareStatement("INSERT INTO " + parts + " (count_ref, destination, part_no, json_text)"
                + " VALUES (?, ?, ?, ?)");
        insert.setString(1, reference);
        insert.setString(2, destination);
        buffer = new char[partChars];
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        while (length > 0) {
            int taken = Math.min(length, buffer.length - filled);
            System.arraycopy(chars, offset, buffer, filled, taken);
            filled += taken;
            offset += taken;
            length -= taken;
            if (filled == buffer.length) {
                writePart();
            }
        }
    }

    @Override
    public void flush() {
        // parts are cut by size, never by flushes (Jackson flushes after every value it writes)
    }

    @Override
    public void close() throws IOException {
        try (insert) {
            if (filled > 0 || part == 0) {
                writePart();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * Writes what is buffered as the next part; a full buffer ending in the first half of a surrogate pair keeps it
     * for the next part (stored alone, as UTF-8, it would be lost: an emoji in a memo cut in two).
     */
    private void writePart() throws IOException {
        int cut = filled == buffer.length && filled > 1 && Character.isHighSurrogate(buffer[filled - 1])
                ? filled - 1 : filled;
        try {
            insert.setInt(3, ++part);
            insert.setString(4, new String(buffer, 0, cut));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
        System.arraycopy(buffer, cut, buffer, 0, filled - cut);
        filled -= cut;
    }

    /** A database failure met while writing or reading a plan's text, carried through the stream's signature. */
    static final class SqlFailure extends IOException {
        SqlFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        SQLException sql() {
            return (SQLException) getCause();
        }
    }
}
