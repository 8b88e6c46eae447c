package dev.stockadj.aolib.sandbox;

import dev.stockadj.aolib.sandbox.SandboxItem.LotOrSerial;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sandbox's reference data (items, locations, bins, accounts): seeded once, never changed, so thread-safe. */
final class SandboxCatalog {

    record SandboxBin(int id, String name, int location) {
    }

    private final Map<Integer, SandboxItem> items = new LinkedHashMap<>();
    private final Map<Integer, String> locations = new LinkedHashMap<>();
    private final Map<Integer, SandboxBin> bins = new LinkedHashMap<>();
    private final Map<Integer, String> accounts = new LinkedHashMap<>();

    private SandboxCatalog() {
    }

    static SandboxCatalog seeded() {
        SandboxCatalog catalog = new SandboxCatalog();
        catalog.locations.put(OrderTimeSeed.HQ, OrderTimeSeed.HQ_NAME);
        catalog.locations.put(OrderTimeSeed.ANNEX, OrderTimeSeed.ANNEX_NAME);
        catalog.bin(OrderTimeSeed.BIN_FLOOR, OrderTimeSeed.FLOOR, OrderTimeSeed.HQ);
        catalog.bin(OrderTimeSeed.BIN_SHELF_A, OrderTimeSeed.SHELF_A, OrderTimeSeed.HQ);
        catalog.bin(OrderTimeSeed.BIN_DOCK, OrderTimeSeed.DOCK, OrderTimeSeed.ANNEX);
        catalog.accounts.put(OrderTimeSeed.GAIN_ACCOUNT, OrderTimeSeed.GAIN_ACCOUNT_NAME);
        catalog.accounts.put(OrderTimeSeed.LOSS_ACCOUNT, OrderTimeSeed.LOSS_ACCOUNT_NAME);
        catalog.item(OrderTimeSeed.WIDGET, OrderTimeSeed.WIDGET_SKU, "0012345000301", false, LotOrSerial.NONE);
        catalog.item(OrderTimeSeed.GASKET, OrderTimeSeed.GASKET_SKU, "0012345000318", false, LotOrSerial.NONE);
        catalog.item(OrderTimeSeed.PAINT, OrderTimeSeed.PAINT_SKU, "0012345000370", true, LotOrSerial.NONE);
        catalog.item(OrderTimeSeed.SALINE, OrderTimeSeed.SALINE_SKU, "0012345000417", false, LotOrSerial.LOT);
        catalog.item(OrderTimeSeed.SCANNER, OrderTimeSeed.SCANNER_SKU, "0012345000455", true, LotOrSerial.SERIAL);
        return catalog;
    }

    private void bin(int id, String name, int location) {
        bins.put(id, new SandboxBin(id, name, location));
    }

    /** Adds {@code count} plain items (no bins, lots or serials) after the seed's; before any request only. */
    List<String> addPlainItems(int count) {
        int first = items.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<String> names = new ArrayList<>();
        for (int id = first; id < first + count; id++) {
            String name = String.format("BULK-%06d", id);
            item(id, name, String.format("99%011d", id), false, LotOrSerial.NONE);
            names.add(name);
        }
        return names;
    }

    private void item(int id, String name, String upc, boolean binned, LotOrSerial tracking) {
        items.put(id, new SandboxItem(id, name, upc, binned, tracking));
    }

    Optional<SandboxItem> item(int id) {
        return Optional.ofNullable(items.get(id));
    }

    Optional<SandboxItem> itemNamed(String name) {
        return items.values().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    Collection<SandboxItem> items() {
        return items.values();
    }

    boolean location(int id) {
        return locations.containsKey(id);
    }

    Map<Integer, String> locations() {
        return locations;
    }

    boolean account(int id) {
        return accounts.containsKey(id);
    }

    Map<Integer, String> accounts() {
        return accounts;
    }

    Collection<SandboxBin> bins() {
        return bins.values();
    }

    Optional<SandboxBin> bin(int id) {
        return Optional.ofNullable(bins.get(id));
    }

    /** A bin of the location by id, or else by name. */
    Optional<SandboxBin> bin(int location, Optional<Integer> id, Optional<String> name) {
        return bins.values().stream().filter(b -> b.location() == location)
                .filter(b -> id.isPresent() ? b.id() == id.get() : name.map(b.name()::equals).orElse(false))
                .findFirst();
    }

    /** Where a binned item's change goes when no bin is given: the location's first bin. */
    Optional<SandboxBin> defaultBin(int location) {
        return bins.values().stream().filter(b -> b.location() == location)
                .min(Comparator.comparingInt(SandboxBin::id));
    }
}
