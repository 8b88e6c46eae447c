package dev.stockadj.journal;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a frozen plan's text back from its part table ({@link PartWriter}), one part (one query) at a time as the
 * parser asks for more, so only one part of the text is ever held. The parts end at the first number missing.
 */
final class PartReader extends Reader {
    private final PreparedStatement select;
    private String current = "";
    private int position;
    private int part;
    private boolean ended;

    PartReader(Connection c, String parts, String reference, String destination) throws SQLException {
        select = c.prepareStatement("SELECT json_text FROM " + parts
                + " WHERE count_ref = ? AND destination = ? AND part_no = ?");
        select.setString(1, reference);
        select.setString(2, destination);
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length()) {
            if (ended || !nextPart()) {
                ended = true;
                return -1;
            }
        }
        int taken = Math.min(length, current.length() - position);
        current.getChars(position, position + taken, chars, offset);
        position += taken;
        return taken;
    }

    private boolean nextPart() throws IOException {
        try {
            select.setInt(3, ++part);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                current = rs.getString(1);
                position = 0;
                return true;
            }
        } catch (SQLException e) {
            throw new PartWriter.SqlFailure(e);
        }
    }

    @Override
    public void close() throws IOException {
        current = "";
        try {
            select.close();
        } catch (SQLException e) {
            throw new PartWriter.SqlFailure(e);
        }
    }
}
