package dev.stockadj.core.service;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Counted positions known to be in order (item, bin, lot), each once: what {@link Aggregation} makes, so the
 * planner takes them as they are. Checking a million positions' order again would follow each to its item's text.
 *
 * <p>Work over them goes in this order, writing what it makes in this order too. Walking them in the order their
 * lines came instead (the order their objects sit in memory) was tried: it reads memory in order, but stores each
 * result at a scattered place of a million-entry array, and the collector's card marking of those stores cost more
 * than the reads saved (2.0–2.6 s against 4.0–5.6 s for a million lines in JMH).
 */
final class CountedPositions extends AbstractList<CountedPosition> implements RandomAccess {
    private final CountedPosition[] positions;

    CountedPositions(CountedPosition[] positions) {
        this.positions = positions;
    }

    /** Positions in order: these, or (from elsewhere, a test) sorted. */
    static CountedPositions of(List<CountedPosition> positions) {
        if (positions instanceof CountedPositions counted) {
            return counted;
        }
        return new CountedPositions(positions.stream().sorted(java.util.Comparator.comparing(CountedPosition::position))
                .toArray(CountedPosition[]::new));
    }

    @Override
    public CountedPosition get(int index) {
        return positions[index];
    }

    @Override
    public int size() {
        return positions.length;
    }
}
