package dev.stockadj.core.service;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Counted positions in their order (item, bin, lot), and the order they were made in. A million positions made
 * from lines read in file order sit in memory in that order, with their items and quantities beside them; walked in
 * sorted order, each one would be a wait on memory. So whoever works position by position walks {@link #made}, and
 * puts what it makes at the position's index: the work follows memory, the result keeps the order.
 */
final class CountedPositions extends AbstractList<CountedPosition> implements RandomAccess {
    private final CountedPosition[] positions;
    private final CountedPosition[] inMadeOrder;
    private final int[] made;

    /** @param made the positions' indexes in the order they were made (each index once) */
    CountedPositions(CountedPosition[] positions, int[] made) {
        this.positions = positions;
        this.made = made;
        this.inMadeOrder = new CountedPosition[made.length];
        for (int k = 0; k < made.length; k++) {
            inMadeOrder[k] = positions[made[k]];
        }
    }

    /** Positions already in order, walked in that order. */
    static CountedPositions of(List<CountedPosition> positions) {
        if (positions instanceof CountedPositions counted) {
            return counted;
        }
        int[] made = new int[positions.size()];
        for (int i = 0; i < made.length; i++) {
            made[i] = i;
        }
        return new CountedPositions(positions.toArray(new CountedPosition[0]), made);
    }

    /** The index of the {@code k}th position made. */
    int made(int k) {
        return made[k];
    }

    /** The {@code k}th position made: {@code get(made(k))}, read in memory's order. */
    CountedPosition madeAt(int k) {
        return inMadeOrder[k];
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
