package dev.stockadj.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.Writer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Any text written in parts of any size ({@link PartWriter}) is read back the same ({@link PartReader}), in however
 * many parts its length asks for, whatever pieces it was written and read in, an emoji never cut in two.
 */
class PlanPartsProperties {
    @Property(tries = 300)
    void textWrittenInPartsIsReadBackTheSame(@ForAll("texts") String text, @ForAll @IntRange(min = 2, max = 40) int partChars,
                                             @ForAll @IntRange(min = 1, max = 50) int piece) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE parts (count_ref TEXT NOT NULL, destination TEXT NOT NULL, part_no INTEGER NOT NULL,"
                    + " json_text TEXT NOT NULL, PRIMARY KEY (count_ref, destination, part_no))");
            try (Writer out = new PartWriter(c, "parts", "count-a", "here", partChars)) {
                for (int at = 0; at < text.length(); at += piece) {
                    out.write(text, at, Math.min(piece, text.length() - at));
                    out.flush();
                }
            }

            StringBuilder read = new StringBuilder();
            try (Reader in = new PartReader(c, "parts", "count-a", "here")) {
                char[] buffer = new char[piece];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    read.append(buffer, 0, n);
                }
            }
            assertThat(read.toString()).isEqualTo(text);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM parts")) {
                int whole = Math.max(1, (text.length() + partChars - 1) / partChars);
                assertThat(rs.getInt(1)).as("parts").isBetween(whole, Math.max(1, text.length()));
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(Arbitraries.integers().between(0x20, 0x7e),
                Arbitraries.integers().between(0xa0, 0xd7ff), Arbitraries.of(0x1F600, 0x1F4E6, 0x10348));
        return codePoint.list().ofMaxSize(200).map(PlanPartsProperties::text);
    }

    private static String text(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }
}
