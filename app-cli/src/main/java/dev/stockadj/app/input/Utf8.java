package dev.stockadj.app.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file strictly as UTF-8 (bad bytes fail the read; a BOM is skipped), and names the usual
 * wrong saves: UTF-16 (by its BOM or by the NUL characters it puts between ASCII letters).
 */
final class Utf8 {
    private Utf8() {
    }

    /** The file is not UTF-8 text, in a way that can be named. */
    static final class NotUtf8 extends IOException {
        NotUtf8(String message) {
            super(message);
        }
    }

    static BufferedReader reader(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        if (first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE) {
            throw new NotUtf8("the file is UTF-16 text, not UTF-8");
        }
        in.reset();
        BufferedReader reader = new BufferedReader(new NoNul(new InputStreamReader(in, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Fails on a NUL character: no count is written with one, UTF-16 is full of them. */
    private static final class NoNul extends FilterReader {
        NoNul(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == 0) {
                throw nul();
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                if (buffer[i] == 0) {
                    throw nul();
                }
            }
            return read;
        }

        private static NotUtf8 nul() {
            return new NotUtf8("the file has NUL characters: it is not UTF-8 text (UTF-16 perhaps)");
        }
    }
}
