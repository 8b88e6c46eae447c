package dev.stockadj.aolib.sandbox;

import dev.stockadj.plumbing.sandbox.Answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.aolib.sandbox.SandboxItem.LotOrSerial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The sandbox's changing state: stock per item/location/bin/lot, lot expiries and posted adjustments. Thread-safe. */
final class SandboxStore {

    /** A lot or serial number of one item. */
    record Lot(int item, String number) implements Comparable<Lot> {

        Lot {
            Objects.requireNonNull(number, "number is required");
        }

        @Override
        public int compareTo(Lot other) {
            int byItem = Integer.compare(item, other.item);
            return byItem != 0 ? byItem : number.compareTo(other.number);
        }
    }

    private final ObjectMapper json;
    private final SandboxCatalog catalog;
    private final TreeMap<StockKey, BigDecimal> stock = new TreeMap<>();
    private final TreeMap<Lot, LocalDate> expiries = new TreeMap<>();
    private final TreeMap<Integer, ObjectNode> adjustments = new TreeMap<>();
    private final Map<Integer, List<Move>> moves = new HashMap<>();
    private int nextDocNo = 1001;

    SandboxStore(ObjectMapper json, SandboxCatalog catalog) {
        this.json = json;
        this.catalog = catalog;
        seed();
    }

    private void seed() {
        put(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ, 0, "", "40");
        put(OrderTimeSeed.WIDGET, OrderTimeSeed.ANNEX, 0, "", "5");
        put(OrderTimeSeed.GASKET, OrderTimeSeed.HQ, 0, "", "100");
        put(OrderTimeSeed.PAINT, OrderTimeSeed.HQ, OrderTimeSeed.BIN_FLOOR, "", "12");
        put(OrderTimeSeed.PAINT, OrderTimeSeed.HQ, OrderTimeSeed.BIN_SHELF_A, "", "6");
        put(OrderTimeSeed.SALINE, OrderTimeSeed.HQ, 0, OrderTimeSeed.LOT_NOV_26, "24");
        put(OrderTimeSeed.SALINE, OrderTimeSeed.HQ, 0, OrderTimeSeed.LOT_FEB_27, "10");
        expiries.put(new Lot(OrderTimeSeed.SALINE, OrderTimeSeed.LOT_NOV_26), OrderTimeSeed.LOT_NOV_26_EXPIRES);
        expiries.put(new Lot(OrderTimeSeed.SALINE, OrderTimeSeed.LOT_FEB_27), OrderTimeSeed.LOT_FEB_27_EXPIRES);
        for (String serial : List.of("SN-1001", "SN-1002", "SN-1003")) {
            put(OrderTimeSeed.SCANNER, OrderTimeSeed.HQ, OrderTimeSeed.BIN_FLOOR, serial, "1");
            expiries.put(new Lot(OrderTimeSeed.SCANNER, serial), OrderTimeSeed.SERIALS_EXPIRE);
        }
    }

    private void put(int item, int location, int bin, String lot, String quantity) {
        stock.put(new StockKey(item, location, bin, lot), new BigDecimal(quantity));
    }

    synchronized Answer post(JsonNode body) {
        AdjustmentCheck check = new AdjustmentCheck(catalog, this);
        check.run(body);
        if (!check.errors().isEmpty()) {
            return Answer.json(409, json.valueToTree(check.errors()).toString());
        }
        List<Move> planned = check.moves();
        apply(planned);
        int docNo = nextDocNo++;
        ObjectNode stored = stored(docNo, body.deepCopy());
        adjustments.put(docNo, stored);
        moves.put(docNo, planned);
        return Answer.json(200, stored.toString());
    }

    synchronized Answer get(int docNo) {
        ObjectNode adjustment = adjustments.get(docNo);
        return adjustment == null ? Answer.text(404, "Adjustment " + docNo + " was not found.")
                : Answer.json(200, adjustment.toString());
    }

    synchronized Answer delete(int docNo) {
        if (!adjustments.containsKey(docNo)) {
            return Answer.text(404, "Adjustment " + docNo + " was not found.");
        }
        List<Move> reverse = moves.get(docNo).stream().map(Move::reversed).toList();
        List<ObjectNode> errors = shortfalls(reverse);
        if (!errors.isEmpty()) {
            return Answer.json(409, json.valueToTree(errors).toString());
        }
        apply(reverse);
        adjustments.remove(docNo);
        moves.remove(docNo);
        return Answer.json(200, "true");
    }

    /** One problem per position the moves would take below zero, or a serial number above one. */
    synchronized List<ObjectNode> shortfalls(List<Move> planned) {
        Map<StockKey, BigDecimal> change = new TreeMap<>();
        for (Move move : planned) {
            change.merge(move.key(), move.quantity(), BigDecimal::add);
        }
        List<ObjectNode> errors = new ArrayList<>();
        change.forEach((key, delta) -> {
            BigDecimal result = onHand(key).add(delta);
            boolean serial = catalog.item(key.item()).map(i -> i.lotOrSerial() == LotOrSerial.SERIAL).orElse(false);
            if (result.signum() < 0) {
                errors.add(error("Quantity", "Not enough stock: " + key + " holds " + onHand(key).toPlainString()
                        + ", the adjustment removes " + delta.negate().toPlainString(), delta.toPlainString()));
            } else if (serial && result.compareTo(BigDecimal.ONE) > 0) {
                errors.add(error("LotOrSerialNo", "Serial number " + key.lot() + " is already in stock", key.lot()));
            }
        });
        return errors;
    }

    /** A ValidationResult, with Order Time's spelling {@code ProperyName}. */
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
            move.expires().ifPresent(e -> expiries.putIfAbsent(new Lot(move.key().item(), move.key().lot()), e));
        }
    }

    private ObjectNode stored(int docNo, ObjectNode body) {
        body.put("DocNo", docNo);
        ObjectNode status = body.putObject("StatusRef");
        status.put("Id", 5);
        status.put("Name", "Closed");
        named(body, "AccountRef", catalog.accounts());
        named(body, "LocationRef", catalog.locations());
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

    /** Copies of the stored adjustments, by DocNo. */
    synchronized List<ObjectNode> adjustments() {
        return adjustments.values().stream().map(ObjectNode::deepCopy).toList();
    }

    /** Everything a later run could see, and the next DocNo. */
    synchronized OrderTimeState snapshot() {
        List<OrderTimeState.Position> positions = stock.entrySet().stream().map(e -> new OrderTimeState.Position(
                e.getKey().item(), e.getKey().location(), e.getKey().bin(), e.getKey().lot(), e.getValue())).toList();
        List<OrderTimeState.LotExpiry> lots = expiries.entrySet().stream().map(e -> new OrderTimeState.LotExpiry(
                e.getKey().item(), e.getKey().number(), e.getValue().toString())).toList();
        List<OrderTimeState.Stored> stored = adjustments.entrySet().stream().map(e -> new OrderTimeState.Stored(
                e.getKey(), e.getValue().deepCopy(), moves.get(e.getKey()).stream().map(m -> new OrderTimeState.Movement(
                        m.key().item(), m.key().location(), m.key().bin(), m.key().lot(), m.quantity(),
                        m.expires().map(LocalDate::toString).orElse(null))).toList())).toList();
        return new OrderTimeState(OrderTimeState.VENDOR, OrderTimeState.FORMAT, positions, lots, stored, nextDocNo);
    }

    /** Takes the state a {@link #snapshot()} saved, in place of the seed's. */
    synchronized void restore(OrderTimeState state) {
        stock.clear();
        expiries.clear();
        adjustments.clear();
        moves.clear();
        for (OrderTimeState.Position p : state.stock()) {
            known(p.item(), p.location());
            stock.put(new StockKey(p.item(), p.location(), p.bin(), p.lot()), p.quantity());
        }
        state.lots().forEach(l -> expiries.put(new Lot(l.item(), l.number()), LocalDate.parse(l.expires())));
        for (OrderTimeState.Stored s : state.adjustments()) {
            adjustments.put(s.docNo(), s.adjustment().deepCopy());
            moves.put(s.docNo(), s.moves().stream().map(m -> new Move(new StockKey(m.item(), m.location(), m.bin(),
                    m.lot()), m.quantity(), Optional.ofNullable(m.expires()).map(LocalDate::parse))).toList());
        }
        // the counter as saved; never at or below a DocNo handed out, even in a file edited by hand
        nextDocNo = Math.max(state.nextDocNo(), adjustments.isEmpty() ? 0 : adjustments.lastKey() + 1);
    }

    private void known(int item, int location) {
        if (catalog.item(item).isEmpty() || !catalog.location(location)) {
            throw new IllegalArgumentException("stock of unknown item " + item + " or location " + location);
        }
    }

    synchronized Map<StockKey, BigDecimal> stock() {
        return new TreeMap<>(stock);
    }

    synchronized Map<Lot, LocalDate> expiries() {
        return new TreeMap<>(expiries);
    }
}
