package dev.stockadj.costadj;

import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.costadj.dto.InventoryItem;
import dev.stockadj.costadj.dto.PivotItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inventory items by SKU, and on-hand quantities per branch.
 *
 * <p>SKUs are asked for {@value #BATCH} at a time as one comma-separated {@code filter[sku]}
 * (Laravel query filters take lists), and the answer is matched exactly, since such filters may
 * match partially. Until a list has matched something, a list of several SKUs that matches
 * nothing may mean the vendor does not take lists: those SKUs are then asked one by one, and if
 * that finds any, every later batch is asked one by one too. Once a list has matched, an empty
 * answer just means the SKUs are unknown. Should Foodics refuse {@code filter[sku]} itself (400,
 * as Laravel answers a filter it does not allow), every item is listed once and matched here.
 */
final class FoodicsInventory implements ResolveItemsPort, ReadBookQuantitiesPort {
    static final int BATCH = 50;

    private final FoodicsApi api;
    private final Exchange exchange;
    private final Decoder decoder;
    private volatile Lists lists = Lists.UNKNOWN;
    private volatile Filter filter = Filter.UNKNOWN;
    private List<InventoryItem> everything;

    /** Whether the vendor's {@code filter[sku]} takes a comma list, as learnt from its answers. */
    private enum Lists { UNKNOWN, ACCEPTED, REFUSED }

    /** Whether the vendor takes {@code filter[sku]} at all [seen in one client; not documented]. */
    private enum Filter { UNKNOWN, REFUSED }

    FoodicsInventory(FoodicsApi api, Exchange exchange, Decoder decoder) {
        this.api = api;
        this.exchange = exchange;
        this.decoder = decoder;
    }

    @Override
    public ItemResolution resolve(Set<Sku> skus) {
        List<Sku> listable = new ArrayList<>();
        List<Sku> alone = new ArrayList<>();
        new TreeSet<>(skus.stream().map(Sku::value).toList()).forEach(s ->
                (s.contains(",") ? alone : listable).add(new Sku(s)));
        Map<Sku, ItemId> found = new HashMap<>();
        for (int from = 0; from < listable.size(); from += BATCH) {
            List<Sku> batch = listable.subList(from, Math.min(from + BATCH, listable.size()));
            if (lists == Lists.REFUSED || batch.size() == 1) {
                alone.addAll(batch);
                continue;
            }
            Map<Sku, ItemId> matched = lookup(batch);
            if (!matched.isEmpty()) {
                lists = Lists.ACCEPTED;
                found.putAll(matched);
            } else if (lists == Lists.UNKNOWN) {
                Map<Sku, ItemId> singly = lookupEach(batch);
                if (!singly.isEmpty()) {
                    lists = Lists.REFUSED;
                }
                found.putAll(singly);
            }
        }
        found.putAll(lookupEach(alone));
        Set<Sku> unknown = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        skus.stream().filter(s -> !found.containsKey(s)).forEach(unknown::add);
        return new ItemResolution(found, unknown);
    }

    private Map<Sku, ItemId> lookupEach(List<Sku> skus) {
        Map<Sku, ItemId> found = new HashMap<>();
        skus.forEach(s -> found.putAll(lookup(List.of(s))));
        return found;
    }

    private Map<Sku, ItemId> lookup(List<Sku> skus) {
        Map<String, Sku> wanted = new HashMap<>();
        skus.forEach(s -> wanted.put(s.value(), s));
        if (filter == Filter.REFUSED) {
            return match(everyItem(), wanted);
        }
        String list = String.join(",", wanted.keySet().stream().sorted().toList());
        try {
            return match(items(Map.of("filter[sku]", list)), wanted);
        } catch (VendorRejected e) {
            // Laravel answers 400 to a filter it does not allow: then SKUs are found among all items
            filter = Filter.REFUSED;
            return match(everyItem(), wanted);
        }
    }

    /** Every inventory item, listed once per adapter and kept: asked only where {@code filter[sku]} is refused. */
    private synchronized List<InventoryItem> everyItem() {
        if (everything == null) {
            everything = items(Map.of());
        }
        return everything;
    }

    private List<InventoryItem> items(Map<String, String> filters) {
        return Pager.all(page -> {
            Map<String, String> query = new LinkedHashMap<>(filters);
            query.put("page", Integer.toString(page));
            return decoder.page(exchange.read(api.inventoryItems(query)), InventoryItem.class);
        });
    }

    /**
     * Items whose {@code sku} is exactly one wanted. Items listed without a {@code sku} cannot be
     * matched: if none of them carries one, Foodics names SKUs otherwise, and saying "unknown SKU"
     * would be false, so that is a failure that says how to go on.
     */
    private static Map<Sku, ItemId> match(List<InventoryItem> items, Map<String, Sku> wanted) {
        Map<Sku, ItemId> found = new HashMap<>();
        for (InventoryItem item : items) {
            Sku sku = item.sku() == null ? null : wanted.get(item.sku().strip());
            if (sku != null && item.id() != null && !item.id().isBlank()) {
                found.put(sku, new ItemId(item.id()));
            }
        }
        if (!items.isEmpty() && items.stream().allMatch(i -> i.sku() == null)) {
            throw new VendorProtocolError("Foodics listed inventory items without a sku field, so SKUs cannot be"
                    + " matched; name the items by their Foodics id instead (column item)", null);
        }
        return found;
    }

    /**
     * On-hand at the branch from {@code GET /inventory_levels/{branch}} [seen, not documented]:
     * {@code data[{id, pivot{quantity}}]}, or {@code quantity} beside the pivot. On-hand only
     * feeds the revaluation in the report, so when that endpoint is missing, refused (403) or
     * answers another shape, every quantity is unknown (not zero) and the correction goes ahead;
     * a level without a readable quantity is unknown too.
     */
    @Override
    public BookQuantities read(LocationId location, Set<ItemId> items) {
        List<PivotItem> levels;
        try {
            levels = Pager.all(page -> decoder.page(
                    exchange.read(api.inventoryLevels(location.value(), page)), PivotItem.class));
        } catch (VendorNotFound | VendorRejected | VendorProtocolError e) {
            return BookQuantities.empty();
        } catch (VendorAuthFailed e) {
            if (e.status() == 403) {
                return BookQuantities.empty();
            }
            throw e;
        }
        Map<Position, Quantity> quantities = new HashMap<>();
        for (PivotItem level : levels) {
            Optional<BigDecimal> quantity = Optional.ofNullable(level.pivot())
                    .flatMap(p -> Lenient.decimal(p.quantity())).or(() -> Lenient.decimal(level.quantity()));
            if (level.id() == null || level.id().isBlank() || quantity.isEmpty()) {
                continue;
            }
            ItemId item = new ItemId(level.id());
            if (items.contains(item)) {
                quantities.merge(Position.of(item), new Quantity(quantity.get()), Quantity::plus);
            }
        }
        return new BookQuantities(quantities);
    }
}
