package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.Position;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A count summed to the item, for a vendor that tracks neither bins nor lots: an item counted as a whole is its
 * one position; an item counted in several bins or lots is their sum, its book known only when every one of them
 * gave one, and it may carry one unit cost only.
 */
final class ItemSums {
    private ItemSums() {
    }

    /** An item counted only as a whole: its one position, its lines in order. */
    static CountedPosition whole(PositionTable table, int slot) {
        return new CountedPosition(table.position(slot), table.lineList(slot, true), table.counted(slot),
                table.book(slot), table.cost(slot), Optional.empty());
    }

    /** The item of the slots at {@code order[from … to-1]}, counted in several bins or lots, summed. */
    static CountedPosition summed(PositionTable table, int[] order, int from, int to, ItemId item,
                                  List<Problem> problems) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += table.lineCount(order[i]);
        }
        int[] lineNos = new int[total];
        Quantity counted = Quantity.ZERO;
        Quantity book = Quantity.ZERO;
        boolean everyBook = true;
        Set<UnitCost> costs = new LinkedHashSet<>(2);
        for (int i = from, filled = 0; i < to; i++) {
            int slot = order[i];
            int[] more = table.lineNumbers(slot);
            System.arraycopy(more, 0, lineNos, filled, more.length);
            filled += more.length;
            counted = counted.plus(table.counted(slot));
            everyBook &= table.book(slot).isPresent();
            book = everyBook ? book.plus(table.book(slot).get()) : book;
            table.cost(slot).ifPresent(costs::add);
        }
        Arrays.sort(lineNos);
        List<Integer> lines = PositionTable.boxed(lineNos);
        Position whole = Position.of(item);
        if (costs.size() > 1) {
            problems.add(new Problem(lineNos[0], "unit_cost", "lines " + Listing.bracketed(lines) + " count " + whole
                    + " in several bins or lots at different unit costs " + Listing.bracketed(List.copyOf(costs))
                    + "; this vendor tracks one quantity and one cost per item"));
        }
        return new CountedPosition(whole, lines, counted, everyBook ? Optional.of(book) : Optional.empty(),
                costs.stream().findFirst(), Optional.<LocalDate>empty());
    }
}
