package dev.stockadj.core.service;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The distinct values of a large input in the order they first came: what the core hands a vendor port (the
 * SKUs to resolve, the items whose book to read) for a million-line count, and where it finds a value's index
 * again. An array of the values and an open-addressed table of their indexes, each beside the value's hash, about 20
 * bytes a value where a {@code LinkedHashSet} takes some 50. A probe past another value compares hashes before it
 * reaches for the value (at a million values each reach is a cache miss). The table spreads hashes by Fibonacci
 * hashing: ids that count up (SKU-1001, SKU-1002, …) hash to neighbours, which would cluster in a table indexed by
 * their low bits. Values known to be distinct ({@link #ofDistinct}) get a table only when one is looked up.
 * Unmodifiable once built; no nulls.
 */
final class DistinctSet<T> extends AbstractSet<T> {
    private Object[] values;
    /** Two ints per slot: 1 + the index of its value (0: empty), and the value's hash. */
    private int[] table;
    private int size;

    DistinctSet(int expected) {
        values = new Object[Math.max(4, expected)];
        table = new int[tableSize(values.length) * 2];
    }

    private DistinctSet(Object[] values, int size) {
        this.values = values;
        this.size = size;
    }

    /** The first {@code size} values, which the caller knows to be distinct, in that order. */
    static <T> DistinctSet<T> ofDistinct(Object[] values, int size) {
        return new DistinctSet<>(values, size);
    }

    /**
     * Adds the value unless it is there, and says its place in the order either way. Only while building, before it
     * is handed out.
     */
    int addOrFind(T value) {
        return addOrFind(value, value.hashCode());
    }

    /** {@link #addOrFind(Object)} of a value whose {@code hashCode()} is {@code hash}. */
    int addOrFind(T value, int hash) {
        int at = slot(value, hash);
        if (table[at] != 0) {
            return table[at] - 1;
        }
        if (size == values.length) {
            grow();
            return addOrFind(value, hash);
        }
        values[size++] = value;
        table[at] = size;
        table[at + 1] = hash;
        return size - 1;
    }

    /** The value's place in the order, or -1. */
    int indexOf(Object value) {
        return value == null ? -1 : indexOf(value, value.hashCode());
    }

    /** {@link #indexOf(Object)} of a value (not null) whose {@code hashCode()} is {@code hash}. */
    int indexOf(Object value, int hash) {
        if (table == null) {
            index(size);
        }
        return table[slot(value, hash)] - 1;
    }

    @Override
    public boolean contains(Object value) {
        return indexOf(value) >= 0;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            @SuppressWarnings("unchecked") // only T is ever added
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return (T) values[next++];
            }
        };
    }

    @Override
    public int size() {
        return size;
    }

    /** Where the slot holding the value starts in the table, or the empty one it would take. */
    private int slot(Object value, int hash) {
        int mask = table.length / 2 - 1;
        int shift = Integer.numberOfLeadingZeros(mask);
        for (int slot = (hash * 0x9e3779b9) >>> shift; ; slot = (slot + 1) & mask) {
            int at = slot * 2;
            if (table[at] == 0 || table[at + 1] == hash && values[table[at] - 1].equals(value)) {
                return at;
            }
        }
    }

    private void index(int capacity) {
        table = new int[tableSize(capacity) * 2];
        for (int i = 0; i < size; i++) {
            put(i, values[i].hashCode());
        }
    }

    /** Doubles the room, moving the table's entries by their kept hashes without reaching for the values. */
    private void grow() {
        values = Arrays.copyOf(values, size * 2);
        int[] old = table;
        table = new int[tableSize(values.length) * 2];
        for (int at = 0; at < old.length; at += 2) {
            if (old[at] != 0) {
                put(old[at] - 1, old[at + 1]);
            }
        }
    }

    /** Puts a value known to be absent into the first empty slot of its hash. */
    private void put(int index, int hash) {
        int mask = table.length / 2 - 1;
        int slot = (hash * 0x9e3779b9) >>> Integer.numberOfLeadingZeros(mask);
        while (table[slot * 2] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot * 2] = index + 1;
        table[slot * 2 + 1] = hash;
    }

    /** At least twice the capacity, a power of two (a table at most half full). */
    private static int tableSize(int capacity) {
        return Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
    }
}
