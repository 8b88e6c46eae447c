package dev.stockadj.core.service;

import dev.stockadj.core.model.Problem;

import java.util.List;

/**
 * An item counted as a whole (or a whole bin) and within it too, for a vendor with bins and lots: the stock would be
 * counted twice. Positions of one item are next to each other in order, so only those runs are compared, pair by
 * pair; a position naming a bin and a lot covers nothing but itself.
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
            for (int w = from; to - from > 1 && w < to; w++) {
                CountedPosition wide = fine.get(w);
                if (wide.position().bin().isPresent() && wide.position().lot().isPresent()) {
                    continue;
                }
                for (int n = from; n < to; n++) {
                    CountedPosition narrow = fine.get(n);
                    if (wide != narrow && Coverage.covers(wide.position(), narrow.position())) {
                        problems.add(new Problem(wide.lines().get(0), "bin", "lines " + wide.lines() + " count "
                                + wide.position() + " as a whole while lines " + narrow.lines() + " count "
                                + narrow.position() + " within it; count each bin or lot once"));
                    }
                }
            }
            from = to;
        }
    }
}
