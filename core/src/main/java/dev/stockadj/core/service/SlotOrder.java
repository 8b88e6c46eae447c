package dev.stockadj.core.service;

import dev.stockadj.core.model.count.Position;

import java.util.Arrays;

/**
 * Sorts slot numbers by the positions they hold, for a million positions in a fraction of a second. Comparing
 * positions means following each to its item's text, somewhere in the heap: a sort that did that for every one of
 * its twenty million comparisons would wait on memory for seconds. So each slot first gets a key, in flat arrays:
 * the first 16 characters of its item id packed into two longs as bytes, which orders slots as their positions do
 * wherever two keys differ. A radix sort orders the keys a byte at a time, least significant first, skipping the
 * bytes every key shares (ids that count up share most of theirs), moving keys and slots together pass by pass
 * through memory in order; only a run of keys that tie is then ordered by its positions, by a merge sort that
 * follows a position to its text only there. (A merge sort of the whole made some twenty branchy comparisons a slot
 * at 100,000 slots; the radix sort makes four or five bucketings.)
 */
final class SlotOrder {
    private static final int INSERTION = 24;

    private final Position[] positions;
    private long[] high;
    private long[] low;
    private int[] slots;
    private long[] spareHigh;
    private long[] spareLow;
    private int[] spareSlots;

    private SlotOrder(Position[] positions, int count) {
        this.positions = positions;
        high = new long[count];
        low = new long[count];
        slots = new int[count];
        // a batch of ids fetched, then packed (see Batch)
        String[] items = new String[Batch.room(count)];
        int[] lengths = new int[items.length];
        for (int from = 0; from < count; from += Batch.SIZE) {
            int to = Batch.end(from, count);
            for (int slot = from; slot < to; slot++) {
                items[slot - from] = positions[slot].item().value();
                lengths[slot - from] = items[slot - from].length();
            }
            for (int slot = from; slot < to; slot++) {
                String item = items[slot - from];
                high[slot] = pack(item, 0);
                low[slot] = lengths[slot - from] <= 8 || escapes(item, 8) ? 0 : pack(item, 8);
                slots[slot] = slot;
            }
        }
    }

    /** The slots {@code 0 … count-1} ordered by {@code positions[slot]}; slots already in order are left so. */
    static SlotOrder of(Position[] positions, int count) {
        SlotOrder order = new SlotOrder(positions, count);
        if (!order.ordered()) {
            order.spareHigh = new long[count];
            order.spareLow = new long[count];
            order.spareSlots = new int[count];
            order.radix();
            order.ties();
            order.spareHigh = null;
            order.spareLow = null;
            order.spareSlots = null;
        }
        return order;
    }

    /** Just the slots in order. */
    static int[] sorted(Position[] positions, int count) {
        return of(positions, count).slots;
    }

    int[] slots() {
        return slots;
    }

    /** Whether the {@code i}th slot in order holds the same item as the one before it (told by the keys alone, mostly). */
    boolean sameItemAsPrevious(int i) {
        return i > 0 && high[i] == high[i - 1] && low[i] == low[i - 1]
                && positions[slots[i]].item().equals(positions[slots[i - 1]].item());
    }

    private boolean ordered() {
        for (int i = 1; i < slots.length; i++) {
            if (compare(i - 1, i) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Characters {@code from … from+7} as unsigned bytes, big-endian; what the text lacks is 0. A character of 255
     * or more is 255 and ends the key (zeros after it): two texts that differ only from there on tie, and are
     * compared whole, so a key never orders two texts against their order.
     */
    private static long pack(String text, int from) {
        long key = 0;
        int end = Math.min(from + 8, text.length());
        int i = from;
        for (; i < end; i++) {
            int c = Math.min(text.charAt(i), 255);
            key = key << 8 | c;
            if (c == 255) {
                i++;
                break;
            }
        }
        return key << 8 * (from + 8 - i);
    }

    /** Whether the first {@code count} characters hold one of 255 or more (which ends the key). */
    private static boolean escapes(String text, int count) {
        for (int i = 0; i < count; i++) {
            if (text.charAt(i) >= 255) {
                return true;
            }
        }
        return false;
    }

    /** Orders the slots by their keys alone, unsigned: a stable radix sort, low key first, a byte per pass. */
    private void radix() {
        int count = slots.length;
        long varyHigh = 0;
        long varyLow = 0;
        for (int i = 1; i < count; i++) {
            varyHigh |= high[i] ^ high[0];
            varyLow |= low[i] ^ low[0];
        }
        int[] starts = new int[257];
        for (int pass = 0; pass < 16; pass++) {
            boolean ofLow = pass < 8;
            int shift = (pass & 7) * 8;
            if (((ofLow ? varyLow : varyHigh) >>> shift & 0xff) == 0) {
                continue;
            }
            long[] keys = ofLow ? low : high;
            Arrays.fill(starts, 0);
            for (int i = 0; i < count; i++) {
                starts[(int) (keys[i] >>> shift & 0xff) + 1]++;
            }
            for (int b = 0; b < 256; b++) {
                starts[b + 1] += starts[b];
            }
            for (int i = 0; i < count; i++) {
                int to = starts[(int) (keys[i] >>> shift & 0xff)]++;
                spareHigh[to] = high[i];
                spareLow[to] = low[i];
                spareSlots[to] = slots[i];
            }
            long[] h = high;
            high = spareHigh;
            spareHigh = h;
            long[] l = low;
            low = spareLow;
            spareLow = l;
            int[] s = slots;
            slots = spareSlots;
            spareSlots = s;
        }
    }

    /** Orders each run of slots whose keys tie by their positions. */
    private void ties() {
        for (int from = 0; from < slots.length; ) {
            int to = from + 1;
            while (to < slots.length && high[to] == high[from] && low[to] == low[from]) {
                to++;
            }
            if (to - from > 1) {
                sort(from, to);
            }
            from = to;
        }
    }

    private int compare(int a, int b) {
        int order = Long.compareUnsigned(high[a], high[b]);
        if (order == 0) {
            order = Long.compareUnsigned(low[a], low[b]);
        }
        return order != 0 ? order : positions[slots[a]].compareTo(positions[slots[b]]);
    }

    private int compareSpare(int a, int b) {
        int order = Long.compareUnsigned(spareHigh[a], spareHigh[b]);
        if (order == 0) {
            order = Long.compareUnsigned(spareLow[a], spareLow[b]);
        }
        return order != 0 ? order : positions[spareSlots[a]].compareTo(positions[spareSlots[b]]);
    }

    private void sort(int from, int to) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                for (int j = i; j > from && compare(j - 1, j) > 0; j--) {
                    swap(j - 1, j);
                }
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(from, middle);
        sort(middle, to);
        if (compare(middle - 1, middle) <= 0) {
            return;
        }
        System.arraycopy(high, from, spareHigh, from, to - from);
        System.arraycopy(low, from, spareLow, from, to - from);
        System.arraycopy(slots, from, spareSlots, from, to - from);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            int take = right >= to || (left < middle && compareSpare(left, right) <= 0) ? left++ : right++;
            high[i] = spareHigh[take];
            low[i] = spareLow[take];
            slots[i] = spareSlots[take];
        }
    }

    private void swap(int a, int b) {
        long h = high[a];
        high[a] = high[b];
        high[b] = h;
        long l = low[a];
        low[a] = low[b];
        low[b] = l;
        int s = slots[a];
        slots[a] = slots[b];
        slots[b] = s;
    }
}
