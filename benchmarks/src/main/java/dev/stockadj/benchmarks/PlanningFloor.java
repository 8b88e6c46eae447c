package dev.stockadj.benchmarks;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.service.PlanCountService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Not a planner: the least work any planner of the same input must do, written as flat as Java allows, to tell how
 * far the real one ({@link PlanningBenchmark}, absolute by item) is from what its inputs and its exactly-once design
 * allow. Over the same count objects and book: per line, read it, write its canonical bytes for the fingerprint and
 * sum it per item in an open-addressed table of strings; sort the items by their ids (a radix sort of the first
 * eight characters packed into a long, which this scenario's ids fit: an optimistic shortcut); per item in that
 * order, look its book up in the book's map, subtract and compare; per moving item, write its content bytes, and
 * per 500 of them hash a document and its key. SHA-256 throughout, as the real keys and fingerprint are.
 *
 * <p>It makes none of the plan's records, reports no problem and checks nothing else, so it is a floor: real
 * planning cannot be as fast. Its ratio to the raw loop says what the goal asks of the least planning can be.
 */
public class PlanningFloor extends LineBenchmark {
    private static final int DOCUMENT_LINES = 500;

    @Param({"10000", "100000", "1000000"})
    public int lines;

    private List<CountLine> count;
    private Map<Position, Quantity> books;

    @Setup(Level.Trial)
    public void setUp() {
        Counts.Scenario scenario = Counts.generate(lines, false, false);
        count = scenario.count().lines();
        books = new BookQuantities(scenario.books().quantities()).quantities();
        long moving = Arrays.stream((BigDecimal[]) ((Object[]) floor(count, books))[1]).filter(v -> v.signum() != 0)
                .count();
        PlanResult planned = new PlanCountService(BenchVendor.of(scenario, VendorShape.ABSOLUTE.capabilities()))
                .plan(new CountCommand(scenario.count(), Optional.of(VendorShape.ACCOUNTS), ConflictPolicy.FAIL));
        long sent = ((Planned) planned).plan().documents().stream().mapToLong(d -> d.lines().size()).sum();
        if (moving != sent) {
            throw new IllegalStateException("the floor moves " + moving + " items where planning sends " + sent);
        }
    }

    @Benchmark
    public Object plan() {
        return floor(count, books);
    }

    static Object floor(List<CountLine> count, Map<Position, Quantity> books) {
        int size = count.size();
        int[] table = new int[Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1];
        int shift = Integer.numberOfLeadingZeros(table.length - 1);
        ItemId[] items = new ItemId[size];
        BigDecimal[] sums = new BigDecimal[size];
        BigDecimal[] costs = new BigDecimal[size];
        long[] keys = new long[size];
        int distinct = 0;
        Bytes fingerprint = new Bytes();
        for (int i = 0; i < size; i++) {
            CountLine line = count.get(i);
            ItemId item = (ItemId) line.item();
            String id = item.value();
            BigDecimal counted = line.counted().value();
            BigDecimal cost = line.unitCost().isPresent() ? line.unitCost().get().value() : null;
            fingerprint.number(line.lineNo()).text(id).text(counted.toString())
                    .text(cost == null ? "-" : cost.toString()).end();
            int at = (id.hashCode() * 0x9e3779b9) >>> shift;
            while (table[at] != 0 && !items[table[at] - 1].value().equals(id)) {
                at = (at + 1) & (table.length - 1);
            }
            if (table[at] == 0) {
                items[distinct] = item;
                sums[distinct] = counted;
                costs[distinct] = cost;
                keys[distinct] = pack(id);
                table[at] = ++distinct;
            } else {
                sums[table[at] - 1] = sums[table[at] - 1].add(counted);
            }
        }
        String print = fingerprint.sha256();
        int[] order = radixOrder(keys, distinct);
        BigDecimal[] variance = new BigDecimal[distinct];
        Bytes content = new Bytes();
        String lastKey = null;
        int inDocument = 0;
        for (int k = 0; k < distinct; k++) {
            int c = order[k];
            Quantity book = books.getOrDefault(Position.of(items[c]), Quantity.ZERO);
            variance[k] = sums[c].subtract(book.value());
            if (variance[k].signum() != 0) {
                content.text(items[c].value()).text(book.value().toString()).text(sums[c].toString())
                        .text(costs[c] == null ? "-" : costs[c].toString()).end();
                if (++inDocument == DOCUMENT_LINES) {
                    lastKey = new Bytes().text(content.sha256()).sha256();
                    content = new Bytes();
                    inDocument = 0;
                }
            }
        }
        if (inDocument > 0) {
            lastKey = new Bytes().text(content.sha256()).sha256();
        }
        return new Object[] {print, variance, lastKey};
    }

    /** The first eight characters as bytes, big-endian (this scenario's ids are eight digits). */
    private static long pack(String id) {
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = key << 8 | (i < id.length() ? id.charAt(i) & 0xff : 0);
        }
        return key;
    }

    /** The places 0 … size-1 ordered by their keys, unsigned: a least-significant-byte-first radix sort. */
    private static int[] radixOrder(long[] keys, int size) {
        int[] order = new int[size];
        int[] spare = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] counts = new int[257];
        for (int shift = 0; shift < 64 && size > 0; shift += 8) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < size; i++) {
                counts[(int) (keys[order[i]] >>> shift & 0xff) + 1]++;
            }
            if (counts[(int) (keys[order[0]] >>> shift & 0xff) + 1] == size) {
                continue;
            }
            for (int b = 0; b < 256; b++) {
                counts[b + 1] += counts[b];
            }
            for (int i = 0; i < size; i++) {
                spare[counts[(int) (keys[order[i]] >>> shift & 0xff)]++] = order[i];
            }
            int[] swap = order;
            order = spare;
            spare = swap;
        }
        return order;
    }

    /** Canonical bytes (ASCII fields, unit and record separators) straight into SHA-256, through one buffer. */
    private static final class Bytes {
        private final MessageDigest digest;
        private final byte[] buffer = new byte[8192];
        private int size;

        Bytes() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Bytes text(String text) {
            room(text.length() + 1);
            for (int i = 0; i < text.length(); i++) {
                buffer[size++] = (byte) text.charAt(i);
            }
            buffer[size++] = 0x1f;
            return this;
        }

        Bytes number(int value) {
            return text(Integer.toString(value));
        }

        Bytes end() {
            room(1);
            buffer[size++] = 0x1e;
            return this;
        }

        String sha256() {
            digest.update(buffer, 0, size);
            size = 0;
            return java.util.HexFormat.of().formatHex(digest.digest());
        }

        private void room(int bytes) {
            if (size + bytes > buffer.length) {
                digest.update(buffer, 0, size);
                size = 0;
            }
        }
    }
}
