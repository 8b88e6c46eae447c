package dev.stockadj.core.service;

import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.count.Position;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * An item counted as a whole (or a whole bin, or a lot in no bin) and within it too, for a vendor with bins and lots:
 * the stock would be counted twice. Positions of one item are next to each other in order, and within them a bin's
 * positions, its whole first: so the whole item covers the rest of its run, a whole bin the positions after it in
 * the same bin, and a lot named without a bin the positions naming that lot in a bin, found by the lot. Each run is
 * looked at once, not pair by pair: one item counted by a hundred thousand serials or lots is not ten billion
 * comparisons. The pairs found are reported in the order of the wider position, then the narrower one.
 */
final class Overlaps {
    private Overlaps() {
    }

    /** For each such pair, in order, a problem on the wider position's first line. */
    static void check(CountedPositions fine, SlotOrder order, List<Problem> problems) {
        for (int from = 0; from < fine.size(); ) {
            int to = from + 1;
            while (to < fine.size() && order.sameItemAsPrevious(to)) {
                to++;
            }
            if (to - from > 1) {
                run(fine, from, to, problems);
            }
            from = to;
        }
    }

    /** The pairs within the positions {@code from … to-1}, all of one item. */
    private static void run(CountedPositions fine, int from, int to, List<Problem> problems) {
        Pairs pairs = new Pairs();
        Map<LotNumber, Integer> lotsInNoBin = null;
        for (int wide = from; wide < to; wide++) {
            Position position = fine.get(wide).position();
            if (position.bin().isEmpty() && position.lot().isEmpty()) {
                for (int narrow = from; narrow < to; narrow++) {
                    if (narrow != wide) {
                        pairs.add(wide, narrow);
                    }
                }
            } else if (position.lot().isEmpty()) {
                for (int narrow = wide + 1; narrow < to && fine.get(narrow).position().bin().equals(position.bin());
                     narrow++) {
                    pairs.add(wide, narrow);
                }
            } else if (position.bin().isEmpty()) {
                if (lotsInNoBin == null) {
                    lotsInNoBin = new HashMap<>();
                }
                lotsInNoBin.put(position.lot().get(), wide);
            }
        }
        if (lotsInNoBin != null) {
            for (int narrow = from; narrow < to; narrow++) {
                Position position = fine.get(narrow).position();
                Integer wide = position.bin().isPresent() && position.lot().isPresent()
                        ? lotsInNoBin.get(position.lot().get()) : null;
                if (wide != null) {
                    pairs.add(wide, narrow);
                }
            }
        }
        pairs.sorted().forEach(pair -> {
            CountedPosition wide = fine.get((int) (pair >>> 32));
            CountedPosition narrow = fine.get((int) (long) pair);
            problems.add(new Problem(wide.lines().get(0), "bin", "lines " + Listing.bracketed(wide.lines()) + " count "
                    + wide.position() + " as a whole while lines " + Listing.bracketed(narrow.lines()) + " count "
                    + narrow.position() + " within it; count each bin or lot once"));
        });
    }

    /** Pairs of places (wide, narrow), each packed into a long that orders as the pair does. */
    private static final class Pairs {
        private long[] pairs = new long[0];
        private int size;

        void add(int wide, int narrow) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, Math.max(8, size * 2));
            }
            pairs[size++] = (long) wide << 32 | narrow;
        }

        LongStream sorted() {
            long[] ordered = Arrays.copyOf(pairs, size);
            Arrays.sort(ordered);
            return Arrays.stream(ordered);
        }
    }
}
