package dev.stockadj.core.service;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.testing.CountArbitraries;
import dev.stockadj.core.testing.InMemoryVendor;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lean aggregation and planner (flat tables, one pass, records sharing their values) must be the ones they
 * replaced, which are kept as oracles ({@link OriginalAggregation}, {@link OriginalPlanner}): the same positions in
 * the same order, the same problems in the same order and words, the same plan. Over messy counts: positions named
 * several times in shuffled line order, lines disagreeing about a cost, a book or an expiry, items counted as a
 * whole and within a bin, several bins of one item for a vendor without bins, ids that sort differently as text,
 * ids of the same hash.
 */
class AggregationProperties {
    /** "Aa" and "BB" have the same hash: the flat tables must tell them apart by more than their hashes. */
    private static final List<ItemId> ITEMS = List.of(new ItemId("I9"), new ItemId("I10"), new ItemId("I1"),
            new ItemId("Ä2"), new ItemId("Aa"), new ItemId("BB"));
    private static final List<Optional<Bin>> BINS = List.of(Optional.empty(), Optional.of(new Bin("A")),
            Optional.of(new Bin("B")));
    private static final List<Optional<LotNumber>> LOTS = List.of(Optional.empty(), Optional.of(new LotNumber("L1")),
            Optional.of(new LotNumber("L2")));
    private static final List<Optional<UnitCost>> COSTS = List.of(Optional.empty(), Optional.of(UnitCost.of("1.5")),
            Optional.of(UnitCost.of("2.00")), Optional.of(UnitCost.of("2")));
    private static final List<Optional<Quantity>> BOOKS = List.of(Optional.empty(), Optional.of(Quantity.of("3")),
            Optional.of(Quantity.of("4.5")));
    private static final List<Optional<LocalDate>> EXPIRIES = List.of(Optional.empty(),
            Optional.of(LocalDate.of(2027, 1, 31)), Optional.of(LocalDate.of(2027, 6, 30)));

    /** Lines over a few positions; {@code calm} makes every position's lines agree and never overlap. */
    static Arbitrary<List<CountLine>> lines(boolean calm) {
        Arbitrary<int[]> line = Arbitraries.integers().between(0, 1_000_000).array(int[].class).ofSize(7);
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(16), Arbitraries.randoms())
                .as((picks, random) -> {
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 1; i <= picks.size(); i++) {
                        numbers.add(i);
                    }
                    Collections.shuffle(numbers, random);
                    List<CountLine> lines = new ArrayList<>();
                    for (int i = 0; i < picks.size(); i++) {
                        int[] p = picks.get(i);
                        ItemId item = ITEMS.get(p[0] % ITEMS.size());
                        int at = calm ? ITEMS.indexOf(item) : p[1];
                        Optional<Bin> bin = calm ? (at % 2 == 0 ? BINS.get(0) : BINS.get(1 + p[1] % 2)) : BINS.get(p[1] % 3);
                        Optional<LotNumber> lot = calm ? (at == 1 ? LOTS.get(1 + p[2] % 2) : LOTS.get(0)) : LOTS.get(p[2] % 3);
                        int value = calm ? item.hashCode() + bin.hashCode() + lot.hashCode() : 0;
                        Optional<UnitCost> cost = COSTS.get(Math.floorMod(calm ? item.hashCode() : p[3], COSTS.size()));
                        Optional<Quantity> book = BOOKS.get(Math.floorMod(calm ? value : p[4], BOOKS.size()));
                        Optional<LocalDate> expires = lot.isEmpty() ? Optional.empty()
                                : EXPIRIES.get(Math.floorMod(calm ? value : p[5], EXPIRIES.size()));
                        lines.add(new CountLine(numbers.get(i), item, Quantity.of(p[6] % 40 + (p[6] % 3 == 0 ? ".5" : "")),
                                cost, book, bin, lot, expires));
                    }
                    return lines;
                });
    }

    @Provide
    Arbitrary<List<CountLine>> messyLines() {
        return lines(false);
    }

    @Provide
    Arbitrary<List<CountLine>> calmLines() {
        return lines(true);
    }

    @Provide
    Arbitrary<Map<Position, Quantity>> books() {
        Arbitrary<Position> position = Combinators.combine(Arbitraries.of(ITEMS), Arbitraries.of(BINS), Arbitraries.of(LOTS))
                .as(Position::new);
        return Arbitraries.maps(position, CountArbitraries.quantities()).ofMaxSize(10);
    }

    @Property
    void summingIsWhatItWas(@ForAll("messyLines") List<CountLine> lines, @ForAll boolean binsAndLots) {
        Aggregation lean = Aggregation.of(lines, binsAndLots);
        OriginalAggregation original = OriginalAggregation.of(lines, binsAndLots);

        assertThat(lean.positions()).isEqualTo(original.positions());
        assertThat(lean.problems()).isEqualTo(original.problems());
    }

    /**
     * Counts longer than the batches in which lines are hashed ahead of summing; {@code growing}: with room made at
     * first for 16 positions, so the table grows on the way, as it does only past 65,536 positions otherwise.
     */
    @Property(tries = 40)
    void summingManyLinesIsWhatItWas(@ForAll("manyLines") List<CountLine> lines, @ForAll boolean binsAndLots,
                                     @ForAll boolean growing) {
        Aggregation lean = growing ? Aggregation.of(lines, binsAndLots, 16)
                : Aggregation.of(lines, binsAndLots);
        OriginalAggregation original = OriginalAggregation.of(lines, binsAndLots);

        assertThat(lean.positions()).isEqualTo(original.positions());
        assertThat(lean.problems()).isEqualTo(original.problems());
    }

    /**
     * Hundreds of lines over hundreds of positions: the messy lines of several small counts, each count's items
     * renamed by a suffix that 25 counts share (ids of one hash keep one hash), shuffled together.
     */
    @Provide
    Arbitrary<List<CountLine>> manyLines() {
        return many(false, 25);
    }

    /** The same of calm counts, each count's items its own. */
    @Provide
    Arbitrary<List<CountLine>> manyCalmLines() {
        return many(true, Integer.MAX_VALUE);
    }

    private static Arbitrary<List<CountLine>> many(boolean calm, int suffixes) {
        return Combinators.combine(lines(calm).list().ofMinSize(40).ofMaxSize(80), Arbitraries.randoms())
                .as((parts, random) -> {
                    List<CountLine> lines = new ArrayList<>();
                    for (int p = 0; p < parts.size(); p++) {
                        for (CountLine line : parts.get(p)) {
                            lines.add(new CountLine(lines.size() + 1, apart((ItemId) line.item(), p % suffixes),
                                    line.counted(), line.unitCost(), line.bookAtCount(), line.bin(), line.lot(),
                                    line.expires()));
                        }
                    }
                    Collections.shuffle(lines, random);
                    return lines;
                });
    }

    /** Books of hundreds of positions, over the same renamed items. */
    @Provide
    Arbitrary<Map<Position, Quantity>> largeBooks() {
        return books().list().ofMinSize(60).ofMaxSize(100).map(parts -> {
            Map<Position, Quantity> book = new HashMap<>();
            for (int p = 0; p < parts.size(); p++) {
                for (Map.Entry<Position, Quantity> entry : parts.get(p).entrySet()) {
                    Position position = entry.getKey();
                    book.put(new Position(apart(position.item(), p), position.bin(), position.lot()), entry.getValue());
                }
            }
            return book;
        });
    }

    private static ItemId apart(ItemId item, int suffix) {
        return new ItemId(item.value() + "-" + suffix);
    }

    @Property(tries = 40)
    void aLargeBookIsWhatItWas(@ForAll("largeBooks") Map<Position, Quantity> books,
                               @ForAll("manyLines") List<CountLine> lines) {
        Coverage.Index lean = new Coverage.Index(new BookQuantities(books));
        OriginalCoverage original = new OriginalCoverage(new BookQuantities(books));
        for (CountLine line : lines) {
            Position counted = new Position((ItemId) line.item(), line.bin(), line.lot());
            assertThat(lean.book(counted)).as("%s", counted).isEqualTo(original.book(counted));
        }
    }

    @Property
    void planningIsWhatItWas(@ForAll("calmLines") List<CountLine> lines, @ForAll("books") Map<Position, Quantity> books,
                             @ForAll boolean delta, @ForAll @IntRange(min = 1, max = 4) int maxLines,
                             @ForAll ConflictPolicy policy, @ForAll @IntRange(min = 0, max = 2) int accountsKind) {
        planIsWhatItWas(lines, books, delta, maxLines, policy, accountsKind);
    }

    /** Hundreds of positions: more than one batch of the planner's book lookups. */
    @Property(tries = 40)
    void planningManyPositionsIsWhatItWas(@ForAll("manyCalmLines") List<CountLine> lines,
                                          @ForAll("largeBooks") Map<Position, Quantity> books, @ForAll boolean delta,
                                          @ForAll ConflictPolicy policy) {
        planIsWhatItWas(lines, books, delta, 50, policy, 2);
    }

    private static void planIsWhatItWas(List<CountLine> lines, Map<Position, Quantity> books, boolean delta,
                                        int maxLines, ConflictPolicy policy, int accountsKind) {
        VendorCapabilities capabilities = delta ? InMemoryVendor.deltaCapabilities(maxLines)
                : InMemoryVendor.absoluteCapabilities(maxLines);
        Aggregation aggregation = Aggregation.of(lines, capabilities.binsAndLots());
        Assume.that(aggregation.problems().isEmpty());
        StockCount count = new StockCount(new CountReference("property"), CountArbitraries.LOCATION,
                LocalDate.of(2026, 5, 18), "memo", CountArbitraries.CURRENCY, lines);
        Optional<Accounts> accounts = accountsKind == 0 ? Optional.empty()
                : Optional.of(new Accounts(new AccountId("gain"), new AccountId(accountsKind == 1 ? "gain" : "loss")));
        BookQuantities book = new BookQuantities(delta ? books : new HashMap<>(new BookQuantities(books).coarse().quantities()));
        Destination destination = Destination.of(capabilities.vendor());

        assertThat(Planner.plan(count, aggregation.positions(), book, capabilities, destination, accounts, policy))
                .isEqualTo(OriginalPlanner.plan(count, aggregation.positions(), book, capabilities, destination,
                        accounts, policy));
    }

    @Property
    void aBookIsWhatItWas(@ForAll("books") Map<Position, Quantity> books, @ForAll("messyLines") List<CountLine> lines) {
        Coverage.Index lean = new Coverage.Index(new BookQuantities(books));
        Coverage.Index chained = new Coverage.Index(new BookQuantities(books), 0);
        OriginalCoverage original = new OriginalCoverage(new BookQuantities(books));
        for (CountLine line : lines) {
            Position counted = new Position((ItemId) line.item(), line.bin(), line.lot());
            assertThat(lean.book(counted)).as("%s", counted).isEqualTo(original.book(counted));
            assertThat(chained.book(counted)).as("%s, chained by bin and by lot", counted)
                    .isEqualTo(original.book(counted));
        }
    }
}
