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
        return counted.item().equals(booked.item()) && within(counted, booked);
    }

    /** Whether the counted position covers a booked position of the same item. */
    private static boolean within(Position counted, Position booked) {
        return (counted.bin().isEmpty() || counted.bin().equals(booked.bin()))
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
        private final int shortChain;
        private ByItem byItem;

        public Index(BookQuantities books) {
            this(books, ByItem.SHORT);
        }

        /** With the finer chains made once an item holds more than {@code shortChain} positions (tests use 0). */
        Index(BookQuantities books, int shortChain) {
            this.shortChain = shortChain;
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
            return book(counted, counted.item().value().hashCode());
        }

        /** {@link #book(Position)}, given the hash of the counted item's id ({@code item().value().hashCode()}). */
        Quantity book(Position counted, int itemHash) {
            if (!detailedBook) {
                return counted.detailed() ? Quantity.ZERO : quantities.getOrDefault(counted, Quantity.ZERO);
            }
            if (counted.bin().isPresent() && counted.lot().isPresent()) {
                return quantities.getOrDefault(counted, Quantity.ZERO);
            }
            if (byItem == null) {
                byItem = new ByItem(quantities, shortChain);
            }
            return byItem.sum(counted, itemHash);
        }
    }

    /**
     * A book's positions chained by item in flat arrays: an open-addressed table of each item's latest position, and
     * per position the one before it of the same item. Nothing is made per position. A table slot holds the item id's
     * hash beside the index, so a probe past another item compares two ints instead of reaching for that item's
     * position and id (at a million positions each reach is a cache miss). A whole item sums its chain without
     * looking at the positions; a whole bin or a lot named without a bin walks its item's chain for the positions
     * it covers — unless some item holds more than {@value #SHORT} positions: then those positions are chained by
     * (item, bin) and by (item, lot) too, the first time one is asked for, since walking an item's whole chain for
     * each of its positions would make one item counted by a hundred thousand serials ten billion steps.
     */
    private static final class ByItem {
        private static final int SHORT = 64;
        /**
         * Ints per table slot: 1 + the index of the item's latest position (0: empty), the id's hash, the chain's
         * length.
         */
        private static final int STRIDE = 3;
        private final Position[] positions;
        private final Quantity[] quantities;
        private final int[] previous;
        private final int[] table;
        private final int mask;
        private final int shortChain;
        private int size;
        private boolean someLong;
        private Chains byBin;
        private Chains byLot;

        ByItem(Map<Position, Quantity> book, int shortChain) {
            this.shortChain = shortChain;
            positions = new Position[book.size()];
            quantities = new Quantity[book.size()];
            previous = new int[book.size()];
            int slots = Integer.highestOneBit(Math.max(4, book.size()) * 2 - 1) << 1;
            mask = slots - 1;
            table = new int[slots * STRIDE];
            book.forEach((position, quantity) -> {
                positions[size] = position;
                quantities[size++] = quantity;
            });
            // a batch of ids hashed, then chained (see Batch)
            int[] hashes = new int[Batch.room(size)];
            for (int from = 0; from < size; from += Batch.SIZE) {
                int to = Batch.end(from, size);
                for (int index = from; index < to; index++) {
                    hashes[index - from] = positions[index].item().value().hashCode();
                }
                for (int index = from; index < to; index++) {
                    chain(index, hashes[index - from]);
                }
            }
        }

        /** Puts the position at {@code index} first in its item's chain. */
        private void chain(int index, int hash) {
            int at = find(positions[index].item(), hash);
            previous[index] = table[at];
            table[at] = index + 1;
            table[at + 1] = hash;
            someLong |= ++table[at + 2] > shortChain;
        }

        /** Where the item's slot starts in the table: its latest position, or the empty slot it would take. */
        private int find(ItemId item, int hash) {
            // Fibonacci hashing: ids that count up hash to neighbours, which would cluster on their low bits
            for (int slot = (hash * 0x9e3779b9) >>> Integer.numberOfLeadingZeros(mask); ; slot = (slot + 1) & mask) {
                int at = slot * STRIDE;
                int latest = table[at];
                if (latest == 0 || table[at + 1] == hash && positions[latest - 1].item().equals(item)) {
                    return at;
                }
            }
        }

        /**
         * Every position of a chain is the counted item's; of the (item, bin) and (item, lot) chains, every position
         * is covered (a position with both a bin and a lot is never summed here). Only a bin or a lot counted over
         * the item's own chain looks at each position.
         */
        Quantity sum(Position counted, int itemHash) {
            boolean whole = counted.bin().isEmpty() && counted.lot().isEmpty();
            int at;
            int[] before;
            boolean all = true;
            if (!someLong || whole) {
                at = table[find(counted.item(), itemHash)];
                before = previous;
                all = whole;
            } else if (counted.bin().isPresent()) {
                if (byBin == null) {
                    byBin = new Chains(positions, size, true);
                }
                at = byBin.latest(new Position(counted.item(), counted.bin(), Optional.empty()));
                before = byBin.previous;
            } else {
                if (byLot == null) {
                    byLot = new Chains(positions, size, false);
                }
                at = byLot.latest(new Position(counted.item(), Optional.empty(), counted.lot()));
                before = byLot.previous;
            }
            Quantity sum = null;
            for (; at != 0; at = before[at - 1]) {
                if (all || within(counted, positions[at - 1])) {
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
