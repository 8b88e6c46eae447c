package dev.stockadj.core.service;

import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.Conflict;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.plan.VarianceLines;

import java.util.Currency;
import java.util.Optional;

/**
 * The planner's one walk over the counted positions, in order: each position's book and target, its variance line
 * (kept compact: {@link VarianceLines}), and — when it moves — its planned line and that line's record of its
 * document's content, written ahead ({@link Canonical#kept()}). Everything is kept at the position's place in the
 * order, so the documents are cut without visiting a line again, and each hashed from those records.
 */
final class PlanWalk {
    private static final byte LOSS = 1;
    private static final byte DETAILED = 2;
    private static final byte MOVES = 4;

    private final VarianceLines.Builder variance;
    private final PlannedLine[] moving;
    private final byte[] kinds;
    private final Canonical contents;
    private final int[] contentStart;
    private final int[] contentEnd;
    private Problem[] problems;
    private Conflict[] conflicts;
    private int moves;

    private PlanWalk(int size, Currency currency, boolean documents) {
        variance = new VarianceLines.Builder(size, currency);
        moving = new PlannedLine[size];
        kinds = new byte[size];
        contents = documents ? Canonical.kept() : null;
        contentStart = documents ? new int[size] : null;
        contentEnd = documents ? new int[size] : null;
    }

    /** @param documents whether documents will be cut (the vendor's accounts are known): their contents are written */
    static PlanWalk of(StockCount count, CountedPositions positions, BookQuantities books, ConflictPolicy policy,
                       boolean documents) {
        PlanWalk walk = new PlanWalk(positions.size(), count.currency(), documents);
        Coverage.Index index = new Coverage.Index(books);
        // a batch's ids hashed, then their books looked up, then planned while at hand (see Batch)
        Quantity[] book = new Quantity[Batch.room(positions.size())];
        int[] hashes = new int[book.length];
        for (int from = 0; from < positions.size(); from += Batch.SIZE) {
            int to = Batch.end(from, positions.size());
            for (int k = from; k < to; k++) {
                hashes[k - from] = positions.get(k).position().item().value().hashCode();
            }
            for (int k = from; k < to; k++) {
                book[k - from] = index.book(positions.get(k).position(), hashes[k - from]);
            }
            for (int k = from; k < to; k++) {
                walk.plan(k, positions.get(k), book[k - from], policy);
            }
        }
        return walk;
    }

    private void plan(int at, CountedPosition counted, Quantity book, ConflictPolicy policy) {
        Quantity target = counted.counted();
        Optional<Quantity> atCount = counted.bookAtCount();
        if (atCount.isPresent() && !atCount.get().equals(book)) {
            conflictsToFill()[at] = new Conflict(counted.position(), counted.lines(), atCount.get(), book);
            if (policy == ConflictPolicy.KEEP_DIFFERENCE) {
                target = book.plus(counted.counted().minus(atCount.get()));
            }
        }
        if (target.signum() < 0) {
            problemsToFill()[at] = new Problem(counted.lines().get(0), "counted", counted.position() + ": keeping the"
                    + " counted difference on top of the book now (" + book + ") would leave " + target
                    + "; keep the counted quantity instead (keep-counted) or recount");
            return;
        }
        variance.set(at, counted.position(), counted.lines(), counted.counted(), book, target, counted.unitCost());
        int direction = target.compareTo(book);
        if (direction != 0) {
            PlannedLine line = new PlannedLine(counted.position(), counted.lines(), book, target, counted.unitCost(),
                    counted.expires());
            moving[at] = line;
            kinds[at] = (byte) (MOVES | (direction < 0 ? LOSS : 0) | (counted.position().detailed() ? DETAILED : 0));
            moves++;
            if (contents != null) {
                contentStart[at] = contents.written();
                Keys.contentLine(contents, line);
                contentEnd[at] = contents.written();
            }
        }
    }

    /** The variance lines, in order. Once. */
    VarianceLines variance() {
        return variance.build();
    }

    PlannedLine[] moving() {
        return moving;
    }

    int moves() {
        return moves;
    }

    /** Problems at their positions' places; null when there are none. */
    Problem[] problems() {
        return problems;
    }

    private Problem[] problemsToFill() {
        if (problems == null) {
            problems = new Problem[moving.length];
        }
        return problems;
    }

    /** Conflicts at their positions' places; null when there are none. */
    Conflict[] conflicts() {
        return conflicts;
    }

    private Conflict[] conflictsToFill() {
        if (conflicts == null) {
            conflicts = new Conflict[moving.length];
        }
        return conflicts;
    }

    /**
     * The places, in order, of the moving lines of each group, in one pass: {@code group} = 2 × (a loss, when split
     * by direction) + (detailed, when detailed lines go apart).
     */
    int[][] placesByGroup(boolean byDirection, boolean byDetail) {
        int[] counts = new int[4];
        for (byte kind : kinds) {
            int group = groupOf(kind, byDirection, byDetail);
            if (group >= 0) {
                counts[group]++;
            }
        }
        int[][] places = new int[4][];
        for (int group = 0; group < 4; group++) {
            places[group] = new int[counts[group]];
            counts[group] = 0;
        }
        for (int at = 0; at < kinds.length; at++) {
            int group = groupOf(kinds[at], byDirection, byDetail);
            if (group >= 0) {
                places[group][counts[group]++] = at;
            }
        }
        return places;
    }

    private static int groupOf(byte kind, boolean byDirection, boolean byDetail) {
        if ((kind & MOVES) == 0) {
            return -1;
        }
        return (byDirection && (kind & LOSS) != 0 ? 2 : 0) + (byDetail && (kind & DETAILED) != 0 ? 1 : 0);
    }

    /** Adds the content record of the moving line at {@code at} to a document's content hash. */
    void writeContent(Canonical content, int at) {
        content.copy(contents, contentStart[at], contentEnd[at]);
    }
}
