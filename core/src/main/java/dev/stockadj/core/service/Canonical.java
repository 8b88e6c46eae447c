package dev.stockadj.core.service;

import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The canonical text that keys and fingerprints hash: each field as its {@code String.valueOf} (an optional as
 * {@code +value} or {@code -}), fields joined by a unit separator, records ended by a record separator, so no
 * field's content can shift another's; UTF-8 into SHA-256.
 *
 * <p>A million-line count is hashed without ever holding its text, and without building it either: fields are
 * encoded straight into one reusable buffer that feeds the digest, so a line costs no allocation beyond the
 * (cached) text of a decimal. The bytes are exactly those of the joined strings, so every key and fingerprint is
 * the one earlier versions made ({@code CanonicalProperties} holds it to the string-built original).
 */
final class Canonical {
    private static final byte FIELD = 0x1f;
    private static final byte RECORD = 0x1e;
    private static final int CHUNK = 1 << 16;
    /**
     * A fresh SHA-256, never updated, that each canonical text clones: {@code MessageDigest.getInstance} looks the
     * algorithm up among the providers every time, a cost paid twice per document (its content, its key).
     */
    private static final MessageDigest SHA_256 = sha256Digest();
    private final MessageDigest digest;
    private final List<byte[]> kept;
    private int[] keptEnds;
    private byte[] buffer;
    private int size;
    private int flushed;
    private boolean fieldStarted;

    /** Canonical text into SHA-256. */
    Canonical() {
        digest = freshDigest();
        kept = null;
        buffer = new byte[8192];
    }

    private Canonical(List<byte[]> kept) {
        this.digest = null;
        this.kept = kept;
        this.keptEnds = new int[16];
        this.buffer = new byte[CHUNK];
    }

    /** A clone of the fresh one; a provider whose digest cannot be cloned is asked for a new one. */
    private static MessageDigest freshDigest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256Digest();
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Canonical text kept rather than hashed, in chunks of 64 KB, to be hashed later in another order
     * ({@link #copy}): records written while walking memory in one order, hashed in the plan's order.
     */
    static Canonical kept() {
        return new Canonical(new ArrayList<>());
    }

    /** How many bytes were written so far: where the next record starts. */
    int written() {
        return flushed + size;
    }

    /** Writes bytes {@code from … to-1} of a kept canonical text into this one, as they are. */
    Canonical copy(Canonical source, int from, int to) {
        while (from < to) {
            int chunk = source.chunkOf(from);
            int start = chunk == 0 ? 0 : source.keptEnds[chunk - 1];
            boolean current = chunk == source.kept.size();
            byte[] bytes = current ? source.buffer : source.kept.get(chunk);
            int end = current ? source.written() : source.keptEnds[chunk];
            int length = Math.min(to, end) - from;
            room(Math.min(length, buffer.length));
            if (length > buffer.length) {
                digest.update(bytes, from - start, length);
            } else {
                System.arraycopy(bytes, from - start, buffer, size, length);
                size += length;
            }
            from += length;
        }
        return this;
    }

    /** The kept chunk holding byte {@code at} (the number of chunks when it is in the one being written). */
    private int chunkOf(int at) {
        int low = 0;
        int high = kept.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (keptEnds[middle] <= at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** One whole record of the given fields. */
    Canonical record(Object... fields) {
        for (Object field : fields) {
            field(field);
        }
        return end();
    }

    /** Adds a field to the record being written: what {@code String.valueOf} of it would say. */
    Canonical field(Object value) {
        separate();
        if (value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                put((byte) '-');
            } else {
                put((byte) '+');
                value(optional.get());
            }
        } else {
            value(value);
        }
        return this;
    }

    /**
     * Adds a text field. The typed fields below say the same as {@link #field(Object)} without its chain of type
     * tests: a million-line fingerprint writes ten fields a line.
     */
    Canonical field(String value) {
        separate();
        text(value);
        return this;
    }

    /** Adds a quantity field. */
    Canonical field(Quantity value) {
        separate();
        decimal(value.value());
        return this;
    }

    /** Adds an optional field: {@code -}, or {@code +} and the value. */
    Canonical field(Optional<?> value) {
        separate();
        if (value.isEmpty()) {
            put((byte) '-');
        } else {
            put((byte) '+');
            value(value.get());
        }
        return this;
    }

    /** Adds a whole number field. */
    Canonical field(int value) {
        separate();
        number(value);
        return this;
    }

    /** Ends the record being written. */
    Canonical end() {
        put(RECORD);
        fieldStarted = false;
        return this;
    }

    /** The hash of everything recorded, as lower-case hex; the canonical text is spent. */
    String sha256() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    private void separate() {
        if (fieldStarted) {
            put(FIELD);
        }
        fieldStarted = true;
    }

    private void value(Object value) {
        if (value instanceof String text) {
            text(text);
        } else if (value instanceof Quantity quantity) {
            decimal(quantity.value());
        } else if (value instanceof UnitCost cost) {
            decimal(cost.value());
        } else if (value instanceof Integer number) {
            number(number);
        } else if (value instanceof LocalDate date) {
            date(date);
        } else {
            text(String.valueOf(value));
        }
    }

    /** {@code toPlainString()}, from the decimal's cached {@code toString()} wherever the two agree. */
    private void decimal(BigDecimal value) {
        int scale = value.scale();
        boolean plain = scale == 0 || (scale > 0 && value.precision() - scale - 1 >= -6);
        text(plain ? value.toString() : value.toPlainString());
    }

    /** As {@link LocalDate#toString()}: years 0 to 9999 as four digits, any other as the JDK writes it. */
    private void date(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            text(date.toString());
            return;
        }
        digits(year, 4);
        put((byte) '-');
        digits(date.getMonthValue(), 2);
        put((byte) '-');
        digits(date.getDayOfMonth(), 2);
    }

    private void number(int value) {
        if (value < 0) {
            if (value == Integer.MIN_VALUE) {
                text(String.valueOf(value));
                return;
            }
            put((byte) '-');
            value = -value;
        }
        int width = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            width++;
        }
        digits(value, width);
    }

    private void digits(int value, int width) {
        room(width);
        for (int i = width - 1; i >= 0; i--) {
            buffer[size + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += width;
    }

    /**
     * UTF-8 as {@code String.getBytes(UTF_8)} writes it: a surrogate without its pair becomes {@code ?}. Room for
     * the longest encoding is made once per text (3 bytes a character at most), then a tight loop writes it: ASCII
     * as it is, until a character that is not (ids and decimals mostly are), then {@link #encode} the rest.
     */
    private void text(String text) {
        int length = text.length();
        if (length * 3 > buffer.length) {
            for (int from = 0; from < length; from += 1024) {
                int to = Math.min(length, from + 1024);
                boolean split = to < length && Character.isHighSurrogate(text.charAt(to - 1));
                encode(text, from, split ? to + 1 : to);
                from += split ? 1 : 0;
            }
            return;
        }
        room(length * 3);
        byte[] bytes = buffer;
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                size = at;
                encode(text, i, length);
                return;
            }
            bytes[at++] = (byte) c;
        }
        size = at;
    }

    private void encode(String text, int from, int to) {
        room((to - from) * 3);
        byte[] bytes = buffer;
        int at = size;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[at++] = (byte) c;
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xc0 | c >> 6);
                bytes[at++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                bytes[at++] = (byte) (0xe0 | c >> 12);
                bytes[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                bytes[at++] = (byte) (0xf0 | point >> 18);
                bytes[at++] = (byte) (0x80 | point >> 12 & 0x3f);
                bytes[at++] = (byte) (0x80 | point >> 6 & 0x3f);
                bytes[at++] = (byte) (0x80 | point & 0x3f);
            } else {
                bytes[at++] = (byte) '?';
            }
        }
        size = at;
    }

    private void put(byte b) {
        room(1);
        buffer[size++] = b;
    }

    private void room(int bytes) {
        if (size + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() {
        if (digest != null) {
            digest.update(buffer, 0, size);
        } else if (size > 0) {
            if (kept.size() == keptEnds.length) {
                keptEnds = Arrays.copyOf(keptEnds, keptEnds.length * 2);
            }
            kept.add(buffer);
            flushed += size;
            keptEnds[kept.size() - 1] = flushed;
            buffer = new byte[CHUNK];
        }
        size = 0;
    }
}
