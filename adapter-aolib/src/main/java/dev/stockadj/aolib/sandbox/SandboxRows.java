package dev.stockadj.aolib.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.aolib.sandbox.SandboxCatalog.SandboxBin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Renders the sandbox's records as the rows {@code /list} serves, per Order Time record type. */
final class SandboxRows {

    private final ObjectMapper json;
    private final SandboxCatalog catalog;
    private final SandboxStore store;
    private volatile Set<RowVariant> variants = Set.of();

    SandboxRows(ObjectMapper json, SandboxCatalog catalog, SandboxStore store) {
        this.json = json;
        this.catalog = catalog;
        this.store = store;
    }

    /** The rows of a record type, or empty when the sandbox does not know the type. */
    Optional<List<ObjectNode>> of(int type) {
        return Optional.ofNullable(switch (type) {
            case 1 -> store.adjustments();
            case 115 -> catalog.items().stream().map(this::item).toList();
            case 150 -> named(catalog.locations());
            case 151 -> catalog.bins().stream().map(this::bin).toList();
            case 350 -> named(catalog.accounts());
            case 1100 -> lots();
            case 1110 -> inventory();
            case 1111 -> statuses();
            default -> null;
        });
    }

    private List<ObjectNode> named(Map<Integer, String> names) {
        return names.entrySet().stream().map(e -> ref(e.getKey(), e.getValue())).toList();
    }

    private ObjectNode ref(int id, String name) {
        ObjectNode node = json.createObjectNode();
        node.put("Id", id);
        node.put("Name", name);
        return node;
    }

    private ObjectNode itemRef(int id) {
        return ref(id, catalog.item(id).map(SandboxItem::name).orElse(null));
    }

    private ObjectNode locationRef(int id) {
        return ref(id, catalog.locations().get(id));
    }

    /** Serves rows the other plausible way from now on; no argument restores the default rows. */
    void variants(Set<RowVariant> chosen) {
        this.variants = chosen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(chosen));
    }

    /** A Part Item row: documented properties, plus the assumed {@code LotOrSerial} unless a variant says otherwise. */
    private ObjectNode item(SandboxItem item) {
        ObjectNode node = ref(item.id(), item.name());
        node.put("UPC", item.upc());
        node.put("IsActive", true);
        if (variants.contains(RowVariant.ITEMS_WITH_TRACK_BINS_FALSE)) {
            node.put("TrackBins", false);
        }
        if (variants.contains(RowVariant.ITEMS_WITHOUT_TRACKING_FIELDS)) {
            return node;
        }
        if (variants.contains(RowVariant.ITEMS_WITH_NUMERIC_KIND_ONLY)) {
            node.put("LotOrSerial", item.lotOrSerial().ordinal());
            return node;
        }
        node.put("TrackLotOrSerial", item.lotTracked());
        node.put("LotOrSerial", switch (item.lotOrSerial()) {
            case NONE -> "None";
            case LOT -> "Lot";
            case SERIAL -> "Serial";
        });
        return node;
    }

    private String expiry(LocalDate date) {
        return variants.contains(RowVariant.DATE_ONLY_EXPIRY) ? date.toString() : date + "T00:00:00";
    }

    private ObjectNode bin(SandboxBin bin) {
        ObjectNode node = ref(bin.id(), bin.name());
        node.set("LocationRef", locationRef(bin.location()));
        return node;
    }

    private List<ObjectNode> lots() {
        List<ObjectNode> rows = new ArrayList<>();
        int id = 1;
        for (Map.Entry<SandboxStore.Lot, LocalDate> lot : store.expiries().entrySet()) {
            ObjectNode node = json.createObjectNode();
            node.put("Id", id++);
            node.set("ItemRef", itemRef(lot.getKey().item()));
            node.put("LotOrSerialNo", lot.getKey().number());
            if (!variants.contains(RowVariant.LOTS_WITHOUT_EXPIRY)) {
                node.put("ExpirationDate", expiry(lot.getValue()));
            }
            rows.add(node);
        }
        return rows;
    }

    /** The stock rows, with the lots' expiries copied once for all of them (not once a row: 10,000 lots, 10^8 steps). */
    private List<ObjectNode> inventory() {
        Map<SandboxStore.Lot, LocalDate> expiries = store.expiries();
        return store.stock().entrySet().stream().map(e -> inventory(e.getKey(), e.getValue(), expiries)).toList();
    }

    private ObjectNode inventory(StockKey key, BigDecimal quantity, Map<SandboxStore.Lot, LocalDate> expiries) {
        ObjectNode node = json.createObjectNode();
        node.set("ItemRef", itemRef(key.item()));
        node.set("LocationRef", locationRef(key.location()));
        if (key.bin() != 0) {
            node.set("BinRef", ref(key.bin(), catalog.bin(key.bin()).map(SandboxBin::name).orElse(null)));
        }
        if (!key.lot().isEmpty()) {
            node.put("LotOrSerialNo", key.lot());
            LocalDate expires = expiries.get(new SandboxStore.Lot(key.item(), key.lot()));
            if (expires != null) {
                node.put("ExpirationDate", expiry(expires));
            }
        }
        node.put("Quantity", quantity);
        node.put("Available", quantity);
        return node;
    }

    private List<ObjectNode> statuses() {
        Map<StockKey, BigDecimal> totals = new TreeMap<>();
        store.stock().forEach((k, q) -> totals.merge(new StockKey(k.item(), k.location(), 0, ""), q, BigDecimal::add));
        return totals.entrySet().stream().map(e -> {
            ObjectNode node = json.createObjectNode();
            node.set("ItemRef", itemRef(e.getKey().item()));
            node.set("LocationRef", locationRef(e.getKey().location()));
            node.put("OnHand", e.getValue());
            node.put("Available", e.getValue());
            return node;
        }).toList();
    }
}
