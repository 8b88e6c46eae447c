package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.Position;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A variance report's lines, kept compact: per line only what it was planned from (position, source lines, counted,
 * book, target, unit cost), in flat arrays that share those values with the plan. The variance, direction and value
 * of a line are worked out when the line is read ({@link #get}), each time the same. A million-line plan keeps about
 * 30 bytes a line here, where a line object with its variance and value takes some 200 — and a count of that size
 * is planned, held and written to the journal without making them all at once. Unmodifiable.
 */
public final class VarianceLines extends AbstractList<VarianceLine> implements RandomAccess {
    private final Currency currency;
    private final Position[] positions;
    private final Object[] sourceLines;
    private final Quantity[] counted;
    private final Quantity[] books;
    private final Quantity[] targets;
    private final Object[] costs;
    private final int size;

    private VarianceLines(Builder builder) {
        currency = builder.currency;
        int[] kept = builder.kept();
        size = kept.length;
        if (size == builder.positions.length) {
            positions = builder.positions;
            sourceLines = builder.sourceLines;
            counted = builder.counted;
            books = builder.books;
            targets = builder.targets;
            costs = builder.costs;
            return;
        }
        positions = new Position[size];
        sourceLines = new Object[size];
        counted = new Quantity[size];
        books = new Quantity[size];
        targets = new Quantity[size];
        costs = new Object[size];
        for (int i = 0; i < size; i++) {
            int at = kept[i];
            positions[i] = builder.positions[at];
            sourceLines[i] = builder.sourceLines[at];
            counted[i] = builder.counted[at];
            books[i] = builder.books[at];
            targets[i] = builder.targets[at];
            costs[i] = builder.costs[at];
        }
    }

    /** The currency every line is valued in. */
    public Currency currency() {
        return currency;
    }

    @Override
    @SuppressWarnings("unchecked") // sourceLines holds List<Integer>, costs Optional<UnitCost>: set() takes only those
    public VarianceLine get(int index) {
        Objects.checkIndex(index, size);
        Quantity target = targets[index];
        Quantity book = books[index];
        Quantity variance = target.equals(book) ? Quantity.ZERO : book.isZero() ? target : target.minus(book);
        Optional<UnitCost> cost = (Optional<UnitCost>) costs[index];
        Optional<Money> value = cost.isEmpty() ? Optional.empty()
                : Optional.of(Money.rounded(variance.value().multiply(cost.get().value()), currency));
        return new VarianceLine(positions[index], (java.util.List<Integer>) sourceLines[index], counted[index], book,
                target, variance, Direction.of(variance), cost, value);
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Lines set at places 0 … capacity-1 in any order (the planner works in memory's order, not the report's), each
     * place at most once; places left unset are no line. The report keeps the places' order.
     */
    public static final class Builder {
        private final Currency currency;
        private final Position[] positions;
        private final Object[] sourceLines;
        private final Quantity[] counted;
        private final Quantity[] books;
        private final Quantity[] targets;
        private final Object[] costs;

        public Builder(int capacity, Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency is required");
            positions = new Position[capacity];
            sourceLines = new Object[capacity];
            counted = new Quantity[capacity];
            books = new Quantity[capacity];
            targets = new Quantity[capacity];
            costs = new Object[capacity];
        }

        /** The line at {@code place}: what {@link VarianceLine} would be made of, but its variance and value. */
        public Builder set(int place, Position position, java.util.List<Integer> lines, Quantity countedQuantity,
                           Quantity book, Quantity target, Optional<UnitCost> unitCost) {
            positions[place] = Objects.requireNonNull(position, "position is required");
            sourceLines[place] = java.util.List.copyOf(lines);
            counted[place] = Objects.requireNonNull(countedQuantity, "counted is required");
            books[place] = Objects.requireNonNull(book, "book is required");
            targets[place] = Objects.requireNonNull(target, "target is required");
            costs[place] = Objects.requireNonNull(unitCost, "unit cost is required (may be empty)");
            return this;
        }

        /** The lines set, in the places' order. Once: the lines may keep the builder's arrays. */
        public VarianceLines build() {
            return new VarianceLines(this);
        }

        private int[] kept() {
            int[] kept = new int[positions.length];
            int size = 0;
            for (int place = 0; place < positions.length; place++) {
                if (positions[place] != null) {
                    kept[size++] = place;
                }
            }
            return Arrays.copyOf(kept, size);
        }
    }
}
