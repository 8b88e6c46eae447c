package dev.stockadj.benchmarks;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.BookQuantities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Synthetic counts shaped like large real ones, the same for a given size and seed: every line its own item
 * (the planner's worst case: one position per line), the items in shuffled order, quantities and costs drawn from
 * small pools and shared, as the count-file reader shares repeated values. A third of the lines match their book,
 * most carry a unit cost. With details (a vendor with bins and lots) half the lines name a bin and a fifth a lot
 * with its expiry, and the book is kept at that granularity.
 */
public final class Counts {
    public static final LocationId LOCATION = new LocationId("12");
    public static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    public static final Currency CURRENCY = Currency.getInstance("SAR");
    private static final long FIRST_ITEM = 10_000_000L;

    private Counts() {
    }

    /** A count and what the vendor holds; {@code skus} names every item by a SKU the vendor resolves. */
    public record Scenario(StockCount count, BookQuantities books, Map<Sku, ItemId> skus) {
        public ItemId item(CountLine line) {
            return line.item() instanceof Sku sku ? skus.get(sku) : (ItemId) line.item();
        }
    }

    public static String itemId(int index) {
        return String.valueOf(FIRST_ITEM + index);
    }

    public static String sku(int index) {
        return "SKU-" + (FIRST_ITEM + index);
    }

    public static Scenario generate(int size, boolean bySku, boolean detailed) {
        SplittableRandom random = new SplittableRandom(size * 31L + (bySku ? 7 : 0) + (detailed ? 3 : 0));
        Quantity[] quantities = new Quantity[100];
        for (int i = 0; i < quantities.length; i++) {
            quantities[i] = i % 4 == 0 ? Quantity.of(i / 4 + ".5") : Quantity.of(i);
        }
        UnitCost[] costs = new UnitCost[64];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = UnitCost.of((i + 1) + "." + (i * 7 % 100));
        }
        Bin[] bins = new Bin[16];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = new Bin("BIN-" + i);
        }
        LocalDate[] dates = new LocalDate[30];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = DATE.plusDays(30L + i * 7L);
        }
        int[] order = shuffled(size, random);
        List<CountLine> lines = new ArrayList<>(size);
        Map<Position, Quantity> books = new HashMap<>();
        Map<Sku, ItemId> skus = new HashMap<>();
        for (int n = 0; n < size; n++) {
            int index = order[n];
            ItemId item = new ItemId(itemId(index));
            ItemRef named = item;
            if (bySku) {
                Sku sku = new Sku(sku(index));
                skus.put(sku, item);
                named = sku;
            }
            Quantity counted = quantities[random.nextInt(quantities.length)];
            Quantity book = random.nextInt(3) == 0 ? counted : quantities[random.nextInt(quantities.length)];
            Optional<UnitCost> cost = random.nextInt(10) < 8 ? Optional.of(costs[random.nextInt(costs.length)])
                    : Optional.empty();
            Optional<Bin> bin = detailed && random.nextInt(2) == 0 ? Optional.of(bins[random.nextInt(bins.length)])
                    : Optional.empty();
            boolean lot = detailed && random.nextInt(5) == 0;
            Optional<LotNumber> lotNumber = lot ? Optional.of(new LotNumber("LOT-" + index)) : Optional.empty();
            Optional<LocalDate> expires = lot ? Optional.of(dates[random.nextInt(dates.length)]) : Optional.empty();
            lines.add(new CountLine(n + 1, named, counted, cost, Optional.empty(), bin, lotNumber, expires));
            books.put(new Position(item, bin, lotNumber), book);
        }
        StockCount count = new StockCount(new CountReference("bench-" + size), LOCATION, DATE, "benchmark count",
                CURRENCY, lines);
        return new Scenario(count, new BookQuantities(books), Map.copyOf(skus));
    }

    private static int[] shuffled(int size, SplittableRandom random) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
