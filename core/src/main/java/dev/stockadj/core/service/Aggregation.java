package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.count.CountLine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sums a count's lines per position (item, bin, lot), then, for a vendor without bins and lots,
 * per item. Lines that disagree about a position (two unit costs, two expiry dates, two book
 * quantities) and counts that name an item both as a whole and by bin or lot are problems.
 *
 * <p>One pass of the lines into a {@link PositionTable}, one sort of its slots ({@link SlotOrder}); then each
 * position is made once, in order ({@link CountedPositions}), from the table's flat arrays. An item's positions are
 * next to each other in that order, so the per-item steps (coarsening, the whole-and-within check, the items
 * counted) walk runs of it, told apart by the sort's keys, rather than grouping anew.
 */
final class Aggregation {
    private final List<Problem> problems = new ArrayList<>();
    private final CountedPositions positions;
    private final Object[] items;
    private int itemCount;

    private Aggregation(CountLines lines, boolean binsAndLots, Consumer<CountLine> eachLine, int presized) {
        PositionTable table = PositionTable.of(lines, eachLine, presized);
        SlotOrder order = SlotOrder.of(table.positions(), table.slots());
        for (int slot : table.anyDiffers() ? order.slots() : new int[0]) {
            disagreements(table, slot);
        }
        items = new Object[table.slots()];
        positions = binsAndLots ? fine(table, order) : coarse(table, order);
    }

    /** Every line must name its item by {@link ItemId} (SKUs resolved first). */
    public static Aggregation of(List<CountLine> lines, boolean binsAndLots) {
        return of(lines, binsAndLots, PositionTable.PRESIZED);
    }

    /** With room made at first for {@code presized} positions (tests use a few, so the table grows). */
    static Aggregation of(List<CountLine> lines, boolean binsAndLots, int presized) {
        return new Aggregation(CountLines.of(lines), binsAndLots, line -> {
        }, presized);
    }

    /** The same, handing {@code eachLine} every line as it is summed, in order (planning fingerprints them so). */
    static Aggregation of(CountLines lines, boolean binsAndLots, Consumer<CountLine> eachLine) {
        return new Aggregation(lines, binsAndLots, eachLine, PositionTable.PRESIZED);
    }

    /** The positions counted, in order (item, bin, lot). */
    public CountedPositions positions() {
        return positions;
    }

    /** The items counted, each once, in order: what the vendor is asked the book of. */
    DistinctSet<ItemId> items() {
        return DistinctSet.ofDistinct(items, itemCount);
    }

    public List<Problem> problems() {
        return problems;
    }

    private void disagreements(PositionTable table, int slot) {
        if (table.differs(slot, PositionTable.BOOK)) {
            disagree(table, slot, "book", table.distinct(slot, CountLine::bookAtCount));
        }
        if (table.differs(slot, PositionTable.COST)) {
            disagree(table, slot, "unit_cost", table.distinct(slot, CountLine::unitCost));
        }
        if (table.differs(slot, PositionTable.EXPIRES)) {
            disagree(table, slot, "expires", table.distinct(slot, CountLine::expires));
        }
    }

    private void disagree(PositionTable table, int slot, String name, List<?> values) {
        int[] lineNos = table.lineNumbers(slot);
        problems.add(new Problem(lineNos[0], name, "lines " + Listing.joined(lineNos) + " count "
                + table.position(slot) + " with different " + name + " values " + Listing.bracketed(values)));
    }

    /** Every position as it is (a vendor with bins and lots). */
    private CountedPositions fine(PositionTable table, SlotOrder order) {
        int[] slots = order.slots();
        int[] run = runs(order);
        CountedPosition[] fine = new CountedPosition[slots.length];
        for (int i = 0; i < slots.length; i++) {
            int slot = slots[i];
            fine[i] = new CountedPosition(table.position(slot), table.lineList(slot, false), table.counted(slot),
                    table.book(slot), table.cost(slot), table.expires(slot));
            if (i == 0 || run[i] != run[i - 1]) {
                items[run[i]] = table.position(slot).item();
            }
        }
        itemCount = slots.length == 0 ? 0 : run[slots.length - 1] + 1;
        CountedPositions positions = new CountedPositions(fine);
        if (table.detailed()) {
            Overlaps.check(positions, order, problems);
        }
        return positions;
    }

    /** Which run of one item each place in the order belongs to, counted from 0. */
    private static int[] runs(SlotOrder order) {
        int[] run = new int[order.slots().length];
        for (int i = 1; i < run.length; i++) {
            run[i] = order.sameItemAsPrevious(i) ? run[i - 1] : run[i - 1] + 1;
        }
        return run;
    }

    /**
     * Every item once (a vendor without bins and lots). Without a bin or lot anywhere each position is its item's
     * only one; otherwise the items are summed run by run.
     */
    private CountedPositions coarse(PositionTable table, SlotOrder order) {
        int[] slots = order.slots();
        if (!table.detailed()) {
            CountedPosition[] whole = new CountedPosition[slots.length];
            for (int i = 0; i < slots.length; i++) {
                whole[i] = ItemSums.whole(table, slots[i]);
                items[i] = whole[i].position().item();
            }
            itemCount = slots.length;
            return new CountedPositions(whole);
        }
        List<CountedPosition> coarse = new ArrayList<>(slots.length);
        for (int from = 0; from < slots.length; ) {
            int to = from + 1;
            while (to < slots.length && order.sameItemAsPrevious(to)) {
                to++;
            }
            ItemId item = table.position(slots[from]).item();
            coarse.add(to - from == 1 && !table.position(slots[from]).detailed()
                    ? ItemSums.whole(table, slots[from])
                    : ItemSums.summed(table, slots, from, to, item, problems));
            items[itemCount++] = item;
            from = to;
        }
        return new CountedPositions(coarse.toArray(new CountedPosition[0]));
    }
}
