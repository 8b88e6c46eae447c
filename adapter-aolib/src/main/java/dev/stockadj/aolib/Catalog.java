package dev.stockadj.aolib;

import dev.stockadj.aolib.dto.InventoryRow;
import dev.stockadj.aolib.dto.ItemRow;
import dev.stockadj.aolib.dto.ListFilter;
import dev.stockadj.aolib.dto.ListInfo;
import dev.stockadj.aolib.dto.LotRow;
import dev.stockadj.aolib.dto.NamedRow;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.VendorProtocolError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Reads Order Time's records through {@code /list}: items, bins, references and stock on hand. */
final class Catalog {

    private final OrderTimeClient client;

    Catalog(OrderTimeClient client) {
        this.client = client;
    }

    /** Stock per item, bin and lot at a location, at the finest granularity Order Time lists. */
    BookQuantities onHand(LocationId location, Set<ItemId> items) {
        Map<Position, Quantity> book = new TreeMap<>();
        for (List<String> ids : Queries.chunks(items.stream().map(ItemId::value).sorted().toList())) {
            List<InventoryRow> rows = client.listAll(Queries.of(Queries.INVENTORY, "ItemRef.Id",
                    ListFilter.in("ItemRef.Id", ids), ListFilter.equal("LocationRef.Id", location.value())),
                    InventoryRow.class);
            for (InventoryRow row : rows) {
                BigDecimal quantity = row.quantity() != null ? row.quantity() : row.available();
                if (row.itemRef() == null || row.itemRef().id() == null || quantity == null) {
                    throw new VendorProtocolError("an inventory row of Order Time names no item or quantity", null);
                }
                if (quantity.signum() != 0) {
                    book.merge(position(row, location), new Quantity(quantity), Quantity::plus);
                }
            }
        }
        return new BookQuantities(book);
    }

    /** Items by name (Order Time's item number), then by UPC for the names not found. */
    ItemResolution resolve(Set<Sku> skus) {
        Map<Sku, ItemId> found = new HashMap<>();
        lookUp("Name", ItemRow::name, skus, found);
        Set<Sku> rest = new HashSet<>(skus);
        rest.removeAll(found.keySet());
        if (!rest.isEmpty()) {
            lookUp("UPC", ItemRow::upc, rest, found);
            rest.removeAll(found.keySet());
        }
        return new ItemResolution(found, rest);
    }

    /** "In" queries in chunks; a value that cannot go in a comma-delimited list is asked for on its own. */
    private void lookUp(String property, Function<ItemRow, String> key, Set<Sku> skus, Map<Sku, ItemId> found) {
        List<String> sorted = skus.stream().map(Sku::value).sorted().toList();
        List<ListFilter> filters = new java.util.ArrayList<>();
        Queries.chunks(sorted.stream().filter(ListFilter::fitsInList).toList())
                .forEach(values -> filters.add(ListFilter.in(property, values)));
        sorted.stream().filter(v -> !ListFilter.fitsInList(v)).forEach(v -> filters.add(ListFilter.equal(property, v)));
        for (ListFilter filter : filters) {
            for (ItemRow row : client.listAll(Queries.of(Queries.ITEM, "Id", filter), ItemRow.class)) {
                String value = key.apply(row);
                if (value != null && row.id() != null && filter.values().contains(value)) {
                    found.putIfAbsent(new Sku(value), new ItemId(String.valueOf(row.id())));
                }
            }
        }
    }

    /** How each known item is tracked; items Order Time does not know are absent. */
    Map<ItemId, Tracking> tracking(Set<ItemId> items) {
        Map<ItemId, Tracking> tracking = new HashMap<>();
        for (List<String> ids : Queries.chunks(items.stream().map(ItemId::value).sorted().toList())) {
            for (ItemRow row : client.listAll(Queries.of(Queries.ITEM, "Id", ListFilter.in("Id", ids)),
                    ItemRow.class)) {
                if (row.id() != null) {
                    tracking.put(new ItemId(String.valueOf(row.id())), Tracking.of(row));
                }
            }
        }
        return tracking;
    }

    /**
     * The lot and serial numbers Order Time knows among {@code wanted}, with their expiries: list type 1100
     * filtered by {@code ItemRef.Id} in the items and {@code LotOrSerialNo} in the numbers, in chunks.
     */
    LotRecords lots(Set<LotRecords.Key> wanted) {
        Map<LotRecords.Key, Optional<LocalDate>> found = new HashMap<>();
        List<LotRecords.Key> keys = wanted.stream()
                .sorted(Comparator.comparing((LotRecords.Key k) -> k.item().value()).thenComparing(k -> k.lot().value()))
                .toList();
        List<ListInfo> queries = new java.util.ArrayList<>();
        for (List<LotRecords.Key> chunk : Queries.chunks(keys.stream().filter(k -> ListFilter.fitsInList(k.lot().value()))
                .toList())) {
            List<String> items = chunk.stream().map(k -> k.item().value()).distinct().toList();
            List<String> numbers = chunk.stream().map(k -> k.lot().value()).distinct().toList();
            queries.add(Queries.of(Queries.LOT_OR_SERIAL, "Id", ListFilter.in("ItemRef.Id", items),
                    ListFilter.in("LotOrSerialNo", numbers)));
        }
        keys.stream().filter(k -> !ListFilter.fitsInList(k.lot().value())).forEach(k -> queries.add(Queries.of(
                Queries.LOT_OR_SERIAL, "Id", ListFilter.equal("ItemRef.Id", k.item().value()),
                ListFilter.equal("LotOrSerialNo", k.lot().value()))));
        for (ListInfo query : queries) {
            for (LotRow row : client.listAll(query, LotRow.class)) {
                key(row).filter(wanted::contains).ifPresent(key ->
                        found.merge(key, Expiry.read(row.expirationDate()), (a, b) -> a.isPresent() ? a : b));
            }
        }
        return new LotRecords(found);
    }

    BinDirectory bins(LocationId location) {
        return new BinDirectory(client.listAll(Queries.of(Queries.BIN, "Id",
                ListFilter.equal("LocationRef.Id", location.value())), NamedRow.class));
    }

    /** The ids among {@code ids} that exist as records of the given type. */
    Set<String> existing(int type, List<String> ids) {
        Set<String> existing = new HashSet<>();
        for (NamedRow row : client.listAll(Queries.of(type, "Id", ListFilter.in("Id", ids)), NamedRow.class)) {
            if (row.id() != null) {
                existing.add(String.valueOf(row.id()));
            }
        }
        return existing;
    }

    /** The item and number a lot row names; empty for a row that names neither readably (it is skipped). */
    private static Optional<LotRecords.Key> key(LotRow row) {
        if (row.itemRef() == null || row.itemRef().id() == null || row.lotOrSerialNo() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LotRecords.Key(new ItemId(String.valueOf(row.itemRef().id())),
                    new LotNumber(row.lotOrSerialNo().strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The row's position: the bin by name (its id when unnamed), the lot or serial number when given. */
    private static Position position(InventoryRow row, LocationId location) {
        try {
            Optional<Bin> bin = Optional.ofNullable(row.binRef()).filter(b -> !b.empty())
                    .map(b -> b.name() != null ? b.name() : String.valueOf(b.id()))
                    .map(Bin::new);
            Optional<LotNumber> lot = Optional.ofNullable(row.lotOrSerialNo()).map(String::strip)
                    .filter(l -> !l.isEmpty()).map(LotNumber::new);
            return new Position(new ItemId(String.valueOf(row.itemRef().id())), bin, lot);
        } catch (IllegalArgumentException e) {
            throw new VendorProtocolError("Order Time listed stock at location " + location.value()
                    + " that cannot be read: " + e.getMessage(), null);
        }
    }
}
