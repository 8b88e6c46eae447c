package dev.stockadj.aolib.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.aolib.sandbox.SandboxItem.LotOrSerial;
import dev.stockadj.aolib.sandbox.SandboxCatalog.SandboxBin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates an adjustment as Order Time does, collecting every problem as a ValidationResult:
 * {@code $type} values, required references, the details rule, lot/serial presence, an
 * {@code ExpirationDate} on every lot or serial detail (the seed marks it Required), bins that exist
 * at the location (any item may be put in one: no item flag says otherwise), serial quantities of
 * one, and stock that must not go below zero. Yields the stock moves when valid.
 */
final class AdjustmentCheck {

    static final String LINE_TYPE = "AOLib7.AdjustmentLineItem, AOLib7";
    static final String FILL_BIN = "AOLib7.FillBin, AOLib7";
    static final String LOT_OR_SERIAL = "AOLib7.DocFillLotOrSerial, AOLib7";
    private static final int MAX_MEMO = 4000;

    private final SandboxCatalog catalog;
    private final SandboxStore store;
    private final List<ObjectNode> errors = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();

    AdjustmentCheck(SandboxCatalog catalog, SandboxStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    List<ObjectNode> errors() {
        return errors;
    }

    List<Move> moves() {
        return moves;
    }

    void run(JsonNode body) {
        if (!body.isObject()) {
            fail("", "The adjustment must be a JSON object", body.getNodeType().name());
            return;
        }
        Optional<Integer> account = id(body.get("AccountRef"));
        if (account.isEmpty() || !catalog.account(account.get())) {
            fail("AccountRef", "AccountRef is required and must name an existing account", text(body.get("AccountRef")));
        }
        Optional<Integer> location = id(body.get("LocationRef"));
        if (location.isEmpty() || !catalog.location(location.get())) {
            fail("LocationRef", "LocationRef is required and must name an existing location",
                    text(body.get("LocationRef")));
        }
        if (date(body.get("Date")).isEmpty()) {
            fail("Date", "Date is required (YYYY-MM-DDT00:00:00)", text(body.get("Date")));
        }
        if (body.hasNonNull("Memo") && body.get("Memo").asText().length() > MAX_MEMO) {
            fail("Memo", "Memo is longer than " + MAX_MEMO + " characters", "");
        }
        JsonNode lines = body.get("LineItems");
        if (lines == null || !lines.isArray() || lines.isEmpty()) {
            fail("LineItems", "LineItems is required and must not be empty", text(lines));
            return;
        }
        List<Integer> withDetails = new ArrayList<>();
        List<Integer> withoutDetails = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode details = lines.get(i).get("Details");
            (details != null && details.isArray() && !details.isEmpty() ? withDetails : withoutDetails).add(i);
        }
        if (!withDetails.isEmpty() && !withoutDetails.isEmpty()) {
            for (int i : withoutDetails) {
                fail("LineItems[" + i + "].Details", "If you include Details for one inventoried line item you must "
                        + "include them for all inventoried line items", "");
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            line("LineItems[" + i + "]", lines.get(i), location.filter(catalog::location));
        }
        if (errors.isEmpty()) {
            errors.addAll(store.shortfalls(moves));
        }
    }

    private void line(String path, JsonNode line, Optional<Integer> location) {
        if (!LINE_TYPE.equals(line.path("$type").asText(null))) {
            fail(path + ".$type", "$type must be \"" + LINE_TYPE + "\"", line.path("$type").asText(""));
        }
        Optional<SandboxItem> item = item(line.get("ItemRef"));
        if (item.isEmpty()) {
            fail(path + ".ItemRef", "Item not found", text(line.get("ItemRef")));
        }
        Optional<BigDecimal> quantity = number(line.get("Quantity"));
        if (line.has("Quantity") && !line.get("Quantity").isNull() && quantity.isEmpty()) {
            fail(path + ".Quantity", "Quantity must be a number", text(line.get("Quantity")));
        }
        quantity.filter(q -> q.signum() == 0).ifPresent(q -> fail(path + ".Quantity", "Quantity must not be zero", "0"));
        JsonNode details = line.get("Details");
        boolean detailed = details != null && details.isArray() && !details.isEmpty();
        if (!detailed && quantity.isEmpty()) {
            fail(path + ".Quantity", "Quantity is required when no details are provided", "");
        }
        if (item.isEmpty() || location.isEmpty()) {
            return;
        }
        if (detailed) {
            details(path, details, item.get(), location.get(), quantity);
        } else {
            undetailed(path, item.get(), location.get(), quantity);
        }
    }

    private void undetailed(String path, SandboxItem item, int location, Optional<BigDecimal> quantity) {
        if (item.lotTracked()) {
            fail(path + ".Details", "Item " + item.name() + " is lot or serial tracked: Details with LotOrSerialNo "
                    + "are required", "");
            return;
        }
        int bin = 0;
        if (item.shelvedInBins()) {
            Optional<SandboxBin> fallback = catalog.defaultBin(location);
            if (fallback.isEmpty()) {
                fail(path + ".Details", "Item " + item.name() + " is kept in bins and the location has none", "");
                return;
            }
            bin = fallback.get().id();
        }
        int target = bin;
        quantity.ifPresent(q -> moves.add(new Move(new StockKey(item.id(), location, target, ""), q, Optional.empty())));
    }

    private void details(String path, JsonNode details, SandboxItem item, int location, Optional<BigDecimal> line) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = 0; j < details.size(); j++) {
            String at = path + ".Details[" + j + "]";
            JsonNode detail = details.get(j);
            String type = detail.path("$type").asText("");
            Optional<BigDecimal> quantity = number(detail.get("Quantity"));
            if (quantity.isEmpty() || quantity.get().signum() == 0) {
                fail(at + ".Quantity", "Quantity is required and must not be zero", text(detail.get("Quantity")));
                continue;
            }
            sum = sum.add(quantity.get());
            if (line.isPresent() && line.get().signum() != quantity.get().signum()) {
                fail(at + ".Quantity", "A detail's quantity must have the sign of its line", quantity.get().toPlainString());
            }
            Optional<Integer> bin = bin(at, detail.get("BinRef"), location);
            if (FILL_BIN.equals(type)) {
                fillBin(at, detail, item, location, quantity.get(), bin);
            } else if (LOT_OR_SERIAL.equals(type)) {
                lotOrSerial(at, detail, item, location, quantity.get(), bin);
            } else {
                fail(at + ".$type", "$type must be \"" + FILL_BIN + "\" or \"" + LOT_OR_SERIAL + "\"", type);
            }
        }
        if (line.isPresent() && line.get().compareTo(sum) != 0) {
            fail(path + ".Quantity", "The details' quantities (" + sum.toPlainString() + ") must sum to the line's",
                    line.get().toPlainString());
        }
    }

    private void fillBin(String at, JsonNode detail, SandboxItem item, int location, BigDecimal quantity,
            Optional<Integer> bin) {
        if (item.lotTracked()) {
            fail(at + ".$type", "Item " + item.name() + " is lot or serial tracked: use " + LOT_OR_SERIAL, FILL_BIN);
        } else if (!detail.hasNonNull("BinRef")) {
            fail(at + ".BinRef", "BinRef is required", "");
        } else {
            bin.ifPresent(b -> moves.add(new Move(new StockKey(item.id(), location, b, ""), quantity, Optional.empty())));
        }
    }

    private void lotOrSerial(String at, JsonNode detail, SandboxItem item, int location, BigDecimal quantity,
            Optional<Integer> bin) {
        String lot = detail.path("LotOrSerialNo").asText("").strip();
        if (!item.lotTracked()) {
            fail(at + ".$type", "Item " + item.name() + " is not lot or serial tracked: use " + FILL_BIN, LOT_OR_SERIAL);
            return;
        }
        if (lot.isEmpty() || lot.length() > 50) {
            fail(at + ".LotOrSerialNo", "LotOrSerialNo is required (at most 50 characters)", lot);
            return;
        }
        if (item.lotOrSerial() == LotOrSerial.SERIAL && quantity.abs().compareTo(BigDecimal.ONE) != 0) {
            fail(at + ".Quantity", "A serial number moves by one unit", quantity.toPlainString());
            return;
        }
        Optional<LocalDate> expires = date(detail.get("ExpirationDate"));
        if (expires.isEmpty()) {
            // the seed marks DocFillLotOrSerial.ExpirationDate Required: for lots and serials, new or known
            fail(at + ".ExpirationDate", detail.hasNonNull("ExpirationDate") ? "ExpirationDate is not a date"
                    : "ExpirationDate is required", text(detail.get("ExpirationDate")));
            return;
        }
        int where = bin.orElseGet(() -> item.shelvedInBins()
                ? catalog.defaultBin(location).map(SandboxBin::id).orElse(0) : 0);
        if (item.shelvedInBins() && where == 0) {
            fail(at + ".BinRef", "Item " + item.name() + " is kept in bins and the location has none", "");
            return;
        }
        moves.add(new Move(new StockKey(item.id(), location, where, lot), quantity, expires));
    }

    private Optional<Integer> bin(String at, JsonNode ref, int location) {
        if (ref == null || ref.isNull()) {
            return Optional.empty();
        }
        Optional<Integer> id = ref.hasNonNull("Id") ? Optional.of(ref.get("Id").asInt()) : Optional.empty();
        Optional<String> name = Optional.ofNullable(ref.get("Name")).map(JsonNode::asText);
        Optional<SandboxBin> bin = catalog.bin(location, id, name);
        if (bin.isEmpty()) {
            fail(at + ".BinRef", "Bin not found at location " + location, text(ref));
        }
        return bin.map(SandboxBin::id);
    }

    private Optional<Integer> id(JsonNode ref) {
        return ref != null && ref.isObject() && ref.path("Id").canConvertToInt() && ref.path("Id").isIntegralNumber()
                ? Optional.of(ref.get("Id").asInt()) : Optional.empty();
    }

    private Optional<SandboxItem> item(JsonNode ref) {
        if (ref == null || !ref.isObject()) {
            return Optional.empty();
        }
        Optional<Integer> id = id(ref);
        if (id.isPresent()) {
            return catalog.item(id.get());
        }
        return ref.hasNonNull("Name") ? catalog.itemNamed(ref.get("Name").asText()) : Optional.empty();
    }

    private static Optional<BigDecimal> number(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return Optional.empty();
        }
        return Optional.of(node.decimalValue());
    }

    private static Optional<LocalDate> date(JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText().substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node) {
        return node == null ? "" : node.isValueNode() ? node.asText() : node.toString();
    }

    private void fail(String property, String message, String value) {
        errors.add(store.error(property, message, value));
    }
}
