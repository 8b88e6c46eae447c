package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which book positions a counted position stands for: an item counted as a whole covers all its
 * bins and lots; an item counted in a bin covers that bin's lots.
 */
public final class Coverage {
    private Coverage() {
    }

    public static boolean covers(Position counted, Position booked) {
        return counted.item().equals(booked.item())
                && (counted.bin().isEmpty() || counted.bin().equals(booked.bin()))
                && (counted.lot().isEmpty() || counted.lot().equals(booked.lot()));
    }

    /**
     * Book quantities for counted positions, so a large count is costed in one pass. A position counted in a bin
     * and a lot covers only itself, and a book without bins or lots covers only the whole item: those are looked
     * up directly. Only a wider position over a detailed book sums the book's positions, through the book's
     * positions chained by item, built the first time one is asked for.
     */
    public static final class Index {
        private final Map<Position, Quantity> quantities;
        private final boolean detailedBook;
        private ByItem byItem;

        public Index(BookQuantities books) {
            quantities = books.quantities();
            boolean detailed = false;
            for (Position position : quantities.keySet()) {
                if (position.detailed()) {
                    detailed = true;
                    break;
                }
            }
            detailedBook = detailed;
        }

        /** The book quantity of a counted position: the sum of every book position it covers. */
        public Quantity book(Position counted) {
            if (!detailedBook) {
                return counted.detailed() ? Quantity.ZERO : quantities.getOrDefault(counted, Quantity.ZERO);
            }
            if (counted.bin().isPresent() && counted.lot().isPresent()) {
                return quantities.getOrDefault(counted, Quantity.ZERO);
            }
            if (byItem == null) {
                byItem = new ByItem(quantities);
            }
            return byItem.sum(counted);
        }
    }

    /**
     * A book's positions chained by item in flat arrays: an open-addressed table of each item's latest position,
     * and per position the one before it of the same item. Nothing is made per position. A whole bin or a lot
     * named without a bin sums only the book positions in that bin, or of that lot: those are chained too, by
     * (item, bin) and by (item, lot), the first time one is asked for — walking the item's whole chain for each
     * would make one item counted by a hundred thousand serials ten billion steps.
     */
    private static final class ByItem {
        private final Position[] positions;
        private final Quantity[] quantities;
        private final int[] previous;
        private final int[] table;
        private int size;
        private Chains byBin;
        private Chains byLot;

        ByItem(Map<Position, Quantity> book) {
            positions = new Position[book.size()];
            quantities = new Quantity[book.size()];
            previous = new int[book.size()];
            table = new int[Integer.highestOneBit(Math.max(4, book.size()) * 2 - 1) << 1];
            book.forEach(this::add);
        }

        private void add(Position position, Quantity quantity) {
            int index = size++;
            positions[index] = position;
            quantities[index] = quantity;
            int slot = find(position.item());
            previous[index] = table[slot];
            table[slot] = index + 1;
        }

        /** The table slot of the item: where its latest position is, or the empty one it would take. */
        private int find(ItemId item) {
            int mask = table.length - 1;
            // Fibonacci hashing: ids that count up hash to neighbours, which would cluster on their low bits
            for (int slot = (item.value().hashCode() * 0x9e3779b9) >>> Integer.numberOfLeadingZeros(mask); ;
                 slot = (slot + 1) & mask) {
                if (table[slot] == 0 || positions[table[slot] - 1].item().equals(item)) {
                    return slot;
                }
            }
        }

        Quantity sum(Position counted) {
            int at;
            int[] before;
            if (counted.bin().isPresent()) {
                if (byBin == null) {
                    byBin = new Chains(positions, size, true);
                }
                at = byBin.latest(new Position(counted.item(), counted.bin(), Optional.empty()));
                before = byBin.previous;
            } else if (counted.lot().isPresent()) {
                if (byLot == null) {
                    byLot = new Chains(positions, size, false);
                }
                at = byLot.latest(new Position(counted.item(), Optional.empty(), counted.lot()));
                before = byLot.previous;
            } else {
                at = table[find(counted.item())];
                before = previous;
            }
            Quantity sum = null;
            for (; at != 0; at = before[at - 1]) {
                if (covers(counted, positions[at - 1])) {
                    sum = sum == null ? quantities[at - 1] : sum.plus(quantities[at - 1]);
                }
            }
            return sum == null ? Quantity.ZERO : sum;
        }
    }

    /**
     * The book's positions that name a bin chained by (item, bin), or those that name a lot by (item, lot): per key
     * its latest position, per position the one before it with the same key (1-based, 0 ends a chain).
     */
    private static final class Chains {
        private final Map<Position, Integer> latest = new HashMap<>();
        private final int[] previous;

        Chains(Position[] positions, int size, boolean byBin) {
            previous = new int[size];
            for (int index = 0; index < size; index++) {
                Position position = positions[index];
                if (byBin ? position.bin().isPresent() : position.lot().isPresent()) {
                    Position key = byBin ? new Position(position.item(), position.bin(), Optional.empty())
                            : new Position(position.item(), Optional.empty(), position.lot());
                    Integer before = latest.put(key, index + 1);
                    previous[index] = before == null ? 0 : before;
                }
            }
        }

        int latest(Position key) {
            return latest.getOrDefault(key, 0);
        }
    }
}
