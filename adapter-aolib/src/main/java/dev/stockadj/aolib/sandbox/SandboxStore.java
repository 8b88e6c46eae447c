package dev.stockadj.aolib.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.aolib.sandbox.SandboxItem.LotOrSerial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The sandbox's state: reference data, stock per item/location/bin/lot and posted adjustments. Thread-safe. */
final class SandboxStore {

    private final ObjectMapper json;
    private final Map<Integer, SandboxItem> items = new LinkedHashMap<>();
    private final Map<Integer, String> locations = new LinkedHashMap<>();
    private final Map<Integer, SandboxBin> bins = new LinkedHashMap<>();
    private final Map<Integer, String> accounts = new LinkedHashMap<>();
    private final TreeMap<StockKey, BigDecimal> stock = new TreeMap<>();
    private final Map<String, LocalDate> expiries = new HashMap<>();
    private final TreeMap<Integer, ObjectNode> adjustments = new TreeMap<>();
    private final Map<Integer, List<Move>> moves = new HashMap<>();
    private int nextDocNo = 1001;

    record SandboxBin(int id, String name, int location) {
    }

    SandboxStore(ObjectMapper json) {
        this.json = json;
        seed();
    }

    private void seed() {
        locations.put(OrderTimeSeed.HQ, OrderTimeSeed.HQ_NAME);
        locations.put(OrderTimeSeed.ANNEX, OrderTimeSeed.ANNEX_NAME);
        bins.put(OrderTimeSeed.BIN_FLOOR, new SandboxBin(OrderTimeSeed.BIN_FLOOR, OrderTimeSeed.FLOOR, OrderTimeSeed.HQ));
        bins.put(OrderTimeSeed.BIN_SHELF_A,
                new SandboxBin(OrderTimeSeed.BIN_SHELF_A, OrderTimeSeed.SHELF_A, OrderTimeSeed.HQ));
        bins.put(OrderTimeSeed.BIN_DOCK, new SandboxBin(OrderTimeSeed.BIN_DOCK, OrderTimeSeed.DOCK, OrderTimeSeed.ANNEX));
        accounts.put(OrderTimeSeed.GAIN_ACCOUNT, OrderTimeSeed.GAIN_ACCOUNT_NAME);
        accounts.put(OrderTimeSeed.LOSS_ACCOUNT, OrderTimeSeed.LOSS_ACCOUNT_NAME);
        item(OrderTimeSeed.WIDGET, OrderTimeSeed.WIDGET_SKU, "0012345000301", false, LotOrSerial.NONE);
        item(OrderTimeSeed.GASKET, OrderTimeSeed.GASKET_SKU, "0012345000318", false, LotOrSerial.NONE);
        item(OrderTimeSeed.PAINT, OrderTimeSeed.PAINT_SKU, "0012345000370", true, LotOrSerial.NONE);
        item(OrderTimeSeed.SALINE, OrderTimeSeed.SALINE_SKU, "0012345000417", false, LotOrSerial.LOT);
        item(OrderTimeSeed.SCANNER, OrderTimeSeed.SCANNER_SKU, "0012345000455", true, LotOrSerial.SERIAL);
        put(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ, 0, "", "40");
        put(OrderTimeSeed.WIDGET, OrderTimeSeed.ANNEX, 0, "", "5");
        put(OrderTimeSeed.GASKET, OrderTimeSeed.HQ, 0, "", "100");
        put(OrderTimeSeed.PAINT, OrderTimeSeed.HQ, OrderTimeSeed.BIN_FLOOR, "", "12");
        put(OrderTimeSeed.PAINT, OrderTimeSeed.HQ, OrderTimeSeed.BIN_SHELF_A, "", "6");
        put(OrderTimeSeed.SALINE, OrderTimeSeed.HQ, 0, OrderTimeSeed.LOT_NOV_26, "24");
        put(OrderTimeSeed.SALINE, OrderTimeSeed.HQ, 0, OrderTimeSeed.LOT_FEB_27, "10");
        expiries.put(lotKey(OrderTimeSeed.SALINE, OrderTimeSeed.LOT_NOV_26), OrderTimeSeed.LOT_NOV_26_EXPIRES);
        expiries.put(lotKey(OrderTimeSeed.SALINE, OrderTimeSeed.LOT_FEB_27), OrderTimeSeed.LOT_FEB_27_EXPIRES);
        for (String serial : List.of("SN-1001", "SN-1002", "SN-1003")) {
            put(OrderTimeSeed.SCANNER, OrderTimeSeed.HQ, OrderTimeSeed.BIN_FLOOR, serial, "1");
        }
    }

    private void item(int id, String name, String upc, boolean binned, LotOrSerial tracking) {
        items.put(id, new SandboxItem(id, name, upc, binned, tracking));
    }

    private void put(int item, int location, int bin, String lot, String quantity) {
        stock.put(new StockKey(item, location, bin, lot), new BigDecimal(quantity));
    }

    static String lotKey(int item, String lot) {
        return item + "|" + lot;
    }

    synchronized SandboxAnswer post(JsonNode body) {
        AdjustmentCheck check = new AdjustmentCheck(this);
        check.run(body);
        if (!check.errors().isEmpty()) {
            return SandboxAnswer.json(409, json.valueToTree(check.errors()).toString());
        }
        List<Move> planned = check.moves();
        apply(planned);
        int docNo = nextDocNo++;
        ObjectNode stored = stored(docNo, (ObjectNode) body.deepCopy());
        adjustments.put(docNo, stored);
        moves.put(docNo, planned);
        return SandboxAnswer.json(200, stored.toString());
    }

    synchronized SandboxAnswer get(int docNo) {
        ObjectNode adjustment = adjustments.get(docNo);
        return adjustment == null ? SandboxAnswer.text(404, "Adjustment " + docNo + " was not found.")
                : SandboxAnswer.json(200, adjustment.toString());
    }

    synchronized SandboxAnswer delete(int docNo) {
        if (!adjustments.containsKey(docNo)) {
            return SandboxAnswer.text(404, "Adjustment " + docNo + " was not found.");
        }
        List<Move> reverse = moves.get(docNo).stream().map(Move::reversed).toList();
        List<ObjectNode> errors = shortfalls(reverse);
        if (!errors.isEmpty()) {
            return SandboxAnswer.json(409, json.valueToTree(errors).toString());
        }
        apply(reverse);
        adjustments.remove(docNo);
        moves.remove(docNo);
        return SandboxAnswer.json(200, "true");
    }

    /** One problem per position the moves would take below zero, or a serial number above one. */
    List<ObjectNode> shortfalls(List<Move> planned) {
        Map<StockKey, BigDecimal> after = new TreeMap<>();
        for (Move move : planned) {
            after.merge(move.key(), move.quantity(), BigDecimal::add);
        }
        List<ObjectNode> errors = new ArrayList<>();
        after.forEach((key, change) -> {
            BigDecimal result = onHand(key).add(change);
            if (result.signum() < 0) {
                errors.add(error("Quantity", "Not enough stock: " + key + " holds " + onHand(key).toPlainString()
                        + ", the adjustment removes " + change.negate().toPlainString(), change.toPlainString()));
            } else if (items.get(key.item()).lotOrSerial() == LotOrSerial.SERIAL && result.compareTo(BigDecimal.ONE) > 0) {
                errors.add(error("LotOrSerialNo", "Serial number " + key.lot() + " is already in stock", key.lot()));
            }
        });
        return errors;
    }

    ObjectNode error(String property, String message, String value) {
        ObjectNode node = json.createObjectNode();
        node.put("ProperyName", property);
        node.put("Message", message);
        node.put("Value", value == null ? "" : value);
        return node;
    }

    private void apply(List<Move> planned) {
        for (Move move : planned) {
            BigDecimal result = onHand(move.key()).add(move.quantity());
            if (result.signum() == 0) {
                stock.remove(move.key());
            } else {
                stock.put(move.key(), result);
            }
            move.expires().ifPresent(e -> expiries.putIfAbsent(lotKey(move.key().item(), move.key().lot()), e));
        }
    }

    private ObjectNode stored(int docNo, ObjectNode body) {
        body.put("DocNo", docNo);
        ObjectNode status = body.putObject("StatusRef");
        status.put("Id", 5);
        status.put("Name", "Closed");
        named(body, "AccountRef", accounts);
        named(body, "LocationRef", locations);
        int lineNo = 1;
        for (JsonNode line : body.withArray("LineItems")) {
            ((ObjectNode) line).put("LineNo", lineNo++);
        }
        return body;
    }

    private static void named(ObjectNode body, String field, Map<Integer, String> names) {
        JsonNode ref = body.get(field);
        if (ref instanceof ObjectNode object && ref.hasNonNull("Id")) {
            object.put("Name", names.get(ref.get("Id").asInt()));
        }
    }

    synchronized BigDecimal onHand(StockKey key) {
        return stock.getOrDefault(key, BigDecimal.ZERO);
    }

    synchronized BigDecimal onHand(int item, int location) {
        return stock.entrySet().stream().filter(e -> e.getKey().item() == item && e.getKey().location() == location)
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    synchronized int adjustmentCount() {
        return adjustments.size();
    }

    synchronized Optional<String> adjustment(int docNo) {
        return Optional.ofNullable(adjustments.get(docNo)).map(JsonNode::toString);
    }

    synchronized Optional<SandboxItem> item(int id) {
        return Optional.ofNullable(items.get(id));
    }

    synchronized Optional<SandboxItem> itemNamed(String name) {
        return items.values().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    synchronized boolean location(int id) {
        return locations.containsKey(id);
    }

    synchronized boolean account(int id) {
        return accounts.containsKey(id);
    }

    synchronized Optional<SandboxBin> bin(int location, Optional<Integer> id, Optional<String> name) {
        return bins.values().stream().filter(b -> b.location() == location)
                .filter(b -> id.isPresent() ? b.id() == id.get() : name.map(b.name()::equals).orElse(false))
                .findFirst();
    }

    synchronized Optional<SandboxBin> defaultBin(int location) {
        return bins.values().stream().filter(b -> b.location() == location)
                .min(Comparator.comparingInt(SandboxBin::id));
    }

    synchronized boolean knownLot(int item, String lot) {
        return expiries.containsKey(lotKey(item, lot))
                || stock.keySet().stream().anyMatch(k -> k.item() == item && k.lot().equals(lot));
    }

    /** The rows {@code /list} serves for a record type, or empty when the sandbox does not know the type. */
    synchronized Optional<List<ObjectNode>> rows(int type) {
        return Optional.ofNullable(switch (type) {
            case 1 -> adjustments.values().stream().map(ObjectNode::deepCopy).toList();
            case 115 -> items.values().stream().map(this::itemRow).toList();
            case 150 -> named(locations);
            case 151 -> bins.values().stream().map(this::binRow).toList();
            case 350 -> named(accounts);
            case 1100 -> lotRows();
            case 1110 -> stock.entrySet().stream().map(e -> inventoryRow(e.getKey(), e.getValue())).toList();
            case 1111 -> statusRows();
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

    private ObjectNode itemRow(SandboxItem item) {
        ObjectNode node = ref(item.id(), item.name());
        node.put("UPC", item.upc());
        node.put("TrackBins", item.bins());
        node.put("TrackLotOrSerial", item.lotTracked());
        node.put("LotOrSerial", switch (item.lotOrSerial()) {
            case NONE -> "None";
            case LOT -> "Lot";
            case SERIAL -> "Serial";
        });
        return node;
    }

    private ObjectNode binRow(SandboxBin bin) {
        ObjectNode node = ref(bin.id(), bin.name());
        node.set("LocationRef", ref(bin.location(), locations.get(bin.location())));
        return node;
    }

    private List<ObjectNode> lotRows() {
        List<ObjectNode> rows = new ArrayList<>();
        int id = 1;
        for (Map.Entry<String, LocalDate> lot : new TreeMap<>(expiries).entrySet()) {
            String[] parts = lot.getKey().split("\\|", 2);
            ObjectNode node = json.createObjectNode();
            node.put("Id", id++);
            node.set("ItemRef", ref(Integer.parseInt(parts[0]), items.get(Integer.parseInt(parts[0])).name()));
            node.put("LotOrSerialNo", parts[1]);
            node.put("ExpirationDate", lot.getValue() + "T00:00:00");
            rows.add(node);
        }
        return rows;
    }

    private ObjectNode inventoryRow(StockKey key, BigDecimal quantity) {
        ObjectNode node = json.createObjectNode();
        node.set("ItemRef", ref(key.item(), items.get(key.item()).name()));
        node.set("LocationRef", ref(key.location(), locations.get(key.location())));
        if (key.bin() != 0) {
            node.set("BinRef", ref(key.bin(), bins.get(key.bin()).name()));
        }
        if (!key.lot().isEmpty()) {
            node.put("LotOrSerialNo", key.lot());
            LocalDate expires = expiries.get(lotKey(key.item(), key.lot()));
            if (expires != null) {
                node.put("ExpirationDate", expires + "T00:00:00");
            }
        }
        node.put("Quantity", quantity);
        node.put("Available", quantity);
        return node;
    }

    private List<ObjectNode> statusRows() {
        Map<StockKey, BigDecimal> totals = new TreeMap<>();
        stock.forEach((k, q) -> totals.merge(new StockKey(k.item(), k.location(), 0, ""), q, BigDecimal::add));
        return totals.entrySet().stream().map(e -> {
            ObjectNode node = json.createObjectNode();
            node.set("ItemRef", ref(e.getKey().item(), items.get(e.getKey().item()).name()));
            node.set("LocationRef", ref(e.getKey().location(), locations.get(e.getKey().location())));
            node.put("OnHand", e.getValue());
            node.put("Available", e.getValue());
            return node;
        }).toList();
    }

    ArrayNode array(List<ObjectNode> rows) {
        ArrayNode array = json.createArrayNode();
        rows.forEach(array::add);
        return array;
    }
}
