package dev.stockadj.qoyod.sandbox;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.plumbing.sandbox.FieldErrors;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** Renders the sandbox's data the way Qoyod does: ids as integers, stock and prices as decimal strings. */
final class SandboxJson {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final SandboxData data;

    SandboxJson(SandboxData data) {
        this.data = data;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** Qoyod writes decimals like Rails: {@code "12.0"}, {@code "7.5"}. */
    static String decimal(BigDecimal value) {
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return (plain.scale() <= 0 ? plain.setScale(1, RoundingMode.UNNECESSARY) : plain).toPlainString();
    }

    ObjectNode product(SandboxProduct product) {
        ObjectNode node = mapper.createObjectNode()
                .put("id", product.id())
                .put("name_en", product.nameEn())
                .put("name_ar", product.nameEn())
                .put("sku", product.sku())
                .put("barcode", product.barcode())
                .put("type", product.trackQuantity() ? "Product" : "Service")
                .put("track_quantity", product.trackQuantity())
                .put("buying_price", decimal(product.buyingPrice()))
                .put("unit", "Piece");
        ArrayNode inventories = node.putArray("inventories");
        data.stockOf(product.id()).forEach((inventoryId, stock) -> data.inventory(inventoryId).ifPresent(i ->
                inventories.addObject().put("id", i.id()).put("name_en", i.name()).put("name_ar", i.arName())
                        .put("stock", decimal(stock))));
        return node;
    }

    ObjectNode products(List<SandboxProduct> products) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("products");
        products.forEach(p -> list.add(product(p)));
        return root;
    }

    ObjectNode inventories(List<SandboxData.Inventory> inventories) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("inventories");
        inventories.forEach(i -> list.addObject().put("id", i.id()).put("name", i.name()).put("ar_name", i.arName())
                .putNull("account_id").put("address", ""));
        return root;
    }

    ObjectNode accounts(List<SandboxData.Account> accounts) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("accounts");
        accounts.forEach(a -> account(list.addObject(), a).put("name_ar", a.nameEn()).put("type", a.type()));
        return root;
    }

    ObjectNode errors(FieldErrors errors) {
        ObjectNode root = mapper.createObjectNode();
        root.set("errors", errors.toJson());
        return root;
    }

    /** The answer to an accepted adjustment, shaped like the vendor document's example. */
    ObjectNode adjustment(SandboxData.Stored stored, Instant now) {
        ParsedAdjustment a = stored.adjustment();
        ObjectNode body = mapper.createObjectNode();
        ObjectNode node = body.putObject("inventory_adjustment")
                .put("id", stored.id())
                .put("date", a.date().toString())
                .put("description", a.description())
                .put("created_at", now.toString())
                .put("updated_at", now.toString());
        ArrayNode lines = node.putArray("line_items");
        for (int i = 0; i < a.lines().size(); i++) {
            ParsedAdjustment.Line line = a.lines().get(i);
            ObjectNode out = lines.addObject().put("id", stored.lineIds().get(i));
            data.product(line.productId()).ifPresent(p -> out.putObject("product").put("id", p.id()).put("name", p.nameEn()));
            out.put("quantity", line.actualQuantity()).put("value", line.rate());
        }
        data.account(a.revenueAccountId()).ifPresent(acc -> account(node.putObject("revenue_account"), acc));
        data.account(a.expenseAccountId()).ifPresent(acc -> account(node.putObject("expense_account"), acc));
        return body;
    }

    JsonNode read(byte[] body) throws IOException {
        return mapper.readTree(body);
    }

    private static ObjectNode account(ObjectNode node, SandboxData.Account account) {
        return node.put("id", account.id()).put("code", account.code()).put("name_en", account.nameEn());
    }
}
