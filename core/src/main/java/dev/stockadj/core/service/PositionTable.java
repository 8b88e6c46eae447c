package dev.stockadj.core.service;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A count's lines summed per position (item, bin, lot) in one pass, in flat arrays: an open-addressed table of
 * slot numbers, each beside its position's hash (a probe past another position compares hashes before it reaches
 * for that position, and growing the table reaches for none), per slot the position, its first and last line, the
 * running sum and the first book, cost and expiry, and per line the next line of its slot. Nothing is made per line
 * but what a line adds (a sum); a position is made once, when its first line comes. A slot only remembers that a
 * later line disagreed about a value; the values are gathered again, from its lines, for the rare problem that
 * names them.
 */
final class PositionTable {
    static final int BOOK = 1;
    static final int COST = 2;
    static final int EXPIRES = 4;

    /**
     * Room made at once for up to this many positions (about 3.7 MB): a count of up to as many lines is summed
     * without growing the table, which otherwise moved every entry four times on the way to 10,000 positions; a
     * larger count that names few products wastes no more than that.
     */
    static final int PRESIZED = 1 << 16;

    private final CountLines lines;
    private final int[] next;
    /** Two ints per table entry: 1 + a slot number (0: empty), and the hash of the slot's position. */
    private int[] table;
    private int slots;
    private Position[] position;
    private int[] first;
    private int[] firstLineNo;
    private Quantity[] firstCounted;
    private int[] last;
    private int[] count;
    private BigDecimal[] sum;
    private Optional<?>[] values;
    private byte[] differs;
    private boolean detailed;
    private boolean anyDiffers;

    private PositionTable(CountLines lines, int presized) {
        this.lines = lines;
        this.next = new int[lines.size()];
        int capacity = Math.max(16, Math.min(lines.size(), presized));
        this.table = new int[(Integer.highestOneBit(capacity * 2 - 1) << 1) * 2];
        allocate(capacity);
    }

    /**
     * The lines summed, handing {@code eachLine} every line as it is summed, in order, with room made at first for
     * {@code presized} positions ({@link #PRESIZED}).
     */
    static PositionTable of(CountLines lines, Consumer<CountLine> eachLine, int presized) {
        PositionTable table = new PositionTable(lines, presized);
        // a batch of lines hashed, then summed and handed on (see Batch)
        int[] hashes = new int[Batch.room(lines.size())];
        for (int from = 0; from < lines.size(); from += Batch.SIZE) {
            int to = Batch.end(from, lines.size());
            for (int i = from; i < to; i++) {
                CountLine line = lines.line(i);
                hashes[i - from] = hash(lines.item(i), line.bin(), line.lot());
            }
            for (int i = from; i < to; i++) {
                CountLine line = lines.line(i);
                table.add(i, line, hashes[i - from]);
                eachLine.accept(line);
            }
        }
        return table;
    }

    int slots() {
        return slots;
    }

    Position position(int slot) {
        return position[slot];
    }

    Position[] positions() {
        return position;
    }

    /** Whether any position names a bin or a lot. */
    boolean detailed() {
        return detailed;
    }

    /** Whether any line disagreed with an earlier one of its position about a value. */
    boolean anyDiffers() {
        return anyDiffers;
    }

    int lineCount(int slot) {
        return count[slot];
    }

    /** What was counted at the slot: its one line's quantity, or their sum. */
    Quantity counted(int slot) {
        return count[slot] == 1 ? firstCounted[slot] : new Quantity(sum[slot]);
    }

    @SuppressWarnings("unchecked") // values[slot * 3] holds the slot's Optional<Quantity> book
    Optional<Quantity> book(int slot) {
        return (Optional<Quantity>) values[slot * 3];
    }

    @SuppressWarnings("unchecked") // values[slot * 3 + 1] holds the slot's Optional<UnitCost>
    Optional<UnitCost> cost(int slot) {
        return (Optional<UnitCost>) values[slot * 3 + 1];
    }

    @SuppressWarnings("unchecked") // values[slot * 3 + 2] holds the slot's Optional<LocalDate>
    Optional<LocalDate> expires(int slot) {
        return (Optional<LocalDate>) values[slot * 3 + 2];
    }

    /** Whether some line of the slot gave another value of the field ({@link #BOOK}, {@link #COST}, {@link #EXPIRES}). */
    boolean differs(int slot, int field) {
        return (differs[slot] & field) != 0;
    }

    /** The slot's line numbers, in the order the lines came. */
    int[] lineNumbers(int slot) {
        if (count[slot] == 1) {
            return new int[] {firstLineNo[slot]};
        }
        int[] numbers = new int[count[slot]];
        int line = first[slot];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = lines.line(line).lineNo();
            line = next[line] - 1;
        }
        return numbers;
    }

    /**
     * The slot's line numbers as the immutable list the plan's records keep (one list shared by every record of the
     * position): in the order the lines came, or ascending.
     */
    List<Integer> lineList(int slot, boolean ascending) {
        int[] numbers = lineNumbers(slot);
        if (ascending) {
            for (int i = 1; i < numbers.length; i++) {
                if (numbers[i - 1] > numbers[i]) {
                    Arrays.sort(numbers);
                    break;
                }
            }
        }
        return boxed(numbers);
    }

    static List<Integer> boxed(int[] numbers) {
        if (numbers.length == 1) {
            return List.of(numbers[0]);
        }
        Integer[] boxed = new Integer[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            boxed[i] = numbers[i];
        }
        return List.of(boxed);
    }

    /** The distinct values the slot's lines gave a field, in the order they came. */
    <T> List<T> distinct(int slot, Function<CountLine, Optional<T>> field) {
        Set<T> found = new LinkedHashSet<>();
        for (int line = first[slot]; line >= 0; line = next[line] - 1) {
            field.apply(lines.line(line)).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private void add(int index, CountLine line, int hash) {
        ItemId item = lines.item(index);
        Optional<Bin> bin = line.bin();
        Optional<LotNumber> lot = line.lot();
        int mask = table.length / 2 - 1;
        for (int i = hash >>> Integer.numberOfLeadingZeros(mask); ; i = (i + 1) & mask) {
            int slot = table[i * 2] - 1;
            if (slot < 0) {
                table[i * 2] = create(index, line, item) + 1;
                table[i * 2 + 1] = hash;
                if (slots * 2 > table.length / 2) {
                    rehash();
                }
                return;
            }
            if (table[i * 2 + 1] != hash) {
                continue;
            }
            Position held = position[slot];
            if (held.item().value().equals(item.value()) && held.bin().equals(bin) && held.lot().equals(lot)) {
                merge(slot, index, line);
                return;
            }
        }
    }

    private int create(int index, CountLine line, ItemId item) {
        if (slots == position.length) {
            allocate(slots * 2);
        }
        int slot = slots++;
        position[slot] = new Position(item, line.bin(), line.lot());
        detailed |= line.bin().isPresent() || line.lot().isPresent();
        first[slot] = index;
        firstLineNo[slot] = line.lineNo();
        firstCounted[slot] = line.counted();
        last[slot] = index;
        count[slot] = 1;
        values[slot * 3] = line.bookAtCount();
        values[slot * 3 + 1] = line.unitCost();
        values[slot * 3 + 2] = line.expires();
        return slot;
    }

    private void merge(int slot, int index, CountLine line) {
        next[last[slot]] = index + 1;
        last[slot] = index;
        BigDecimal sofar = count[slot] == 1 ? firstCounted[slot].value() : sum[slot];
        sum[slot] = sofar.add(line.counted().value());
        count[slot]++;
        keep(slot * 3, line.bookAtCount(), slot, BOOK);
        keep(slot * 3 + 1, line.unitCost(), slot, COST);
        keep(slot * 3 + 2, line.expires(), slot, EXPIRES);
    }

    /** The first value given is kept; another one only marks the field. */
    private void keep(int at, Optional<?> value, int slot, int field) {
        if (value.isEmpty()) {
            return;
        }
        if (values[at].isEmpty()) {
            values[at] = value;
        } else if (!values[at].get().equals(value.get())) {
            differs[slot] |= (byte) field;
            anyDiffers = true;
        }
    }

    private void allocate(int capacity) {
        position = position == null ? new Position[capacity] : Arrays.copyOf(position, capacity);
        first = first == null ? new int[capacity] : Arrays.copyOf(first, capacity);
        firstLineNo = firstLineNo == null ? new int[capacity] : Arrays.copyOf(firstLineNo, capacity);
        firstCounted = firstCounted == null ? new Quantity[capacity] : Arrays.copyOf(firstCounted, capacity);
        last = last == null ? new int[capacity] : Arrays.copyOf(last, capacity);
        count = count == null ? new int[capacity] : Arrays.copyOf(count, capacity);
        sum = sum == null ? new BigDecimal[capacity] : Arrays.copyOf(sum, capacity);
        values = values == null ? new Optional<?>[capacity * 3] : Arrays.copyOf(values, capacity * 3);
        differs = differs == null ? new byte[capacity] : Arrays.copyOf(differs, capacity);
    }

    /** Doubles the table, moving its entries by their kept hashes without reaching for the positions. */
    private void rehash() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = table.length / 2 - 1;
        for (int at = 0; at < old.length; at += 2) {
            if (old[at] != 0) {
                int i = old[at + 1] >>> Integer.numberOfLeadingZeros(mask);
                while (table[i * 2] != 0) {
                    i = (i + 1) & mask;
                }
                table[i * 2] = old[at];
                table[i * 2 + 1] = old[at + 1];
            }
        }
    }

    /**
     * From the texts' cached hashes: a line's position is found without making one. Fibonacci hashing (the table
     * takes the top bits): ids that count up hash to neighbours, which would cluster on their low bits.
     */
    private static int hash(ItemId item, Optional<Bin> bin, Optional<LotNumber> lot) {
        int hash = item.value().hashCode();
        hash = 31 * hash + (bin.isPresent() ? bin.get().value().hashCode() : 0);
        hash = 31 * hash + (lot.isPresent() ? lot.get().value().hashCode() : 0);
        return hash * 0x9e3779b9;
    }
}
