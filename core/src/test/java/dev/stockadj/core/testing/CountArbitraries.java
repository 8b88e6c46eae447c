package dev.stockadj.core.testing;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.UnitCost;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jqwik arbitraries for counts and the book quantities they are planned against. Items come from
 * a small pool so lines repeat positions (and get summed); even-numbered items are counted as a
 * whole, odd-numbered ones by bin (and item 3 by bin and lot), so a count never names an item
 * both as a whole and within a bin.
 */
public final class CountArbitraries {
    public static final LocationId LOCATION = new LocationId("12");
    public static final Currency CURRENCY = Currency.getInstance("SAR");
    private static final int ITEMS = 6;

    private CountArbitraries() {
    }

    /** A count and the vendor's book quantities for it. */
    public record Scenario(StockCount count, BookQuantities books) {
    }

    /** Quantities with two decimals, and often whole units (as most counts are). */
    public static Arbitrary<Quantity> quantities() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60")).ofScale(2)),
                Tuple.of(1, Arbitraries.integers().between(0, 60).map(BigDecimal::valueOf))).map(Quantity::new);
    }

    /**
     * Unit costs with up to four decimals, and often ending in a half of the minor unit (1.005), so
     * that whole-unit variances land exactly on a rounding tie.
     */
    public static Arbitrary<UnitCost> unitCosts() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("99")).ofScale(4)),
                Tuple.of(1, Arbitraries.integers().between(0, 9999).map(n -> BigDecimal.valueOf(n * 10L + 5, 3))))
                .map(UnitCost::new);
    }

    public static Arbitrary<Position> positions(boolean binsAndLots) {
        Arbitrary<Integer> item = Arbitraries.integers().between(1, ITEMS);
        Arbitrary<Bin> bin = Arbitraries.of("A", "B").map(Bin::new);
        Arbitrary<LotNumber> lot = Arbitraries.of("L1", "L2").map(LotNumber::new);
        return Combinators.combine(item, bin, lot).as((n, b, l) -> {
            ItemId id = new ItemId("I" + n);
            if (!binsAndLots || n % 2 == 0) {
                return Position.of(id);
            }
            return new Position(id, Optional.of(b), n % 4 == 3 ? Optional.of(l) : Optional.empty());
        });
    }

    /**
     * Lines over positions with optional unit costs (one cost per position, as a counter would
     * give), optional book-at-count (equal to the book now, or off by a little: a conflict), and
     * book quantities for every counted position and a few others.
     *
     * @param withBookAtCount whether lines may carry the book quantity from count time
     */
    public static Arbitrary<Scenario> scenarios(boolean binsAndLots, boolean withBookAtCount) {
        Arbitrary<List<Position>> linePositions = positions(binsAndLots).list().ofMinSize(1).ofMaxSize(14);
        Arbitrary<List<Quantity>> counted = quantities().list().ofSize(14);
        Arbitrary<List<Quantity>> books = quantities().list().ofSize(14);
        Arbitrary<List<Optional<UnitCost>>> costs = unitCosts().optional(0.8).list().ofSize(ITEMS * 8);
        Arbitrary<List<Integer>> drift = Arbitraries.integers().between(-3, 3).list().ofSize(14);
        Arbitrary<Boolean> giveBook = Arbitraries.of(withBookAtCount, false);
        return Combinators.combine(linePositions, counted, books, costs, drift, giveBook)
                .as((positions, counts, bookValues, costPool, drifts, bookAtCount) ->
                        scenario(positions, counts, bookValues, costPool, drifts, bookAtCount));
    }

    private static Scenario scenario(List<Position> positions, List<Quantity> counts, List<Quantity> bookValues,
                                     List<Optional<UnitCost>> costPool, List<Integer> drifts, boolean bookAtCount) {
        Map<Position, Quantity> book = new HashMap<>();
        List<CountLine> lines = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            Position position = positions.get(i);
            book.putIfAbsent(position, bookValues.get(i));
            Optional<UnitCost> cost = costPool.get(Math.abs(position.hashCode()) % costPool.size());
            Optional<Quantity> believed = Optional.empty();
            if (bookAtCount) {
                Quantity shifted = book.get(position).plus(Quantity.of(drifts.get(i)));
                believed = Optional.of(shifted.signum() < 0 ? Quantity.ZERO : shifted);
            }
            lines.add(new CountLine(i + 1, position.item(), counts.get(i), cost, believed,
                    position.bin(), position.lot(), Optional.empty()));
        }
        lines = consistentBooks(lines);
        StockCount count = new StockCount(new CountReference("count-" + Integer.toHexString(lines.hashCode())),
                LOCATION, LocalDate.of(2026, 5, 18), "property count", CURRENCY, lines);
        return new Scenario(count, new BookQuantities(book));
    }

    /** Lines summed into one position must agree on the book at count time: the first one wins. */
    private static List<CountLine> consistentBooks(List<CountLine> lines) {
        Map<Position, Optional<Quantity>> first = new HashMap<>();
        List<CountLine> result = new ArrayList<>();
        for (CountLine line : lines) {
            Position position = new Position((ItemId) line.item(), line.bin(), line.lot());
            Optional<Quantity> believed = first.computeIfAbsent(position, p -> line.bookAtCount());
            result.add(new CountLine(line.lineNo(), line.item(), line.counted(), line.unitCost(), believed,
                    line.bin(), line.lot(), line.expires()));
        }
        return result;
    }
}
