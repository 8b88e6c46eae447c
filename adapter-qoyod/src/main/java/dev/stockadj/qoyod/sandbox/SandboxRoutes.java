package dev.stockadj.qoyod.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** The Qoyod endpoints the sandbox serves, below {@code /2.0/}. */
final class SandboxRoutes {
    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 100;

    private final SandboxData data;
    private final SandboxJson json;
    private final Clock clock;
    private final StateSaver saver;
    private final AtomicReference<Tamper> tamper = new AtomicReference<>();

    /** Saves the sandbox's whole state after a request changed it; does nothing for a sandbox without a state file. */
    @FunctionalInterface
    interface StateSaver {
        StateSaver NONE = () -> { };

        void save() throws IOException;
    }

    SandboxRoutes(SandboxData data, SandboxJson json, Clock clock, StateSaver saver) {
        this.data = data;
        this.json = json;
        this.clock = clock;
        this.saver = saver;
    }

    void tamperNext(Tamper next) {
        tamper.set(next);
    }

    SandboxAnswer route(String method, String path, Map<String, String> query, byte[] body) throws IOException {
        if ("GET".equals(method) && "products".equals(path)) {
            return products(query);
        }
        if ("GET".equals(method) && path.startsWith("products/")) {
            return product(path.substring("products/".length()));
        }
        if ("GET".equals(method) && "inventories".equals(path)) {
            List<SandboxData.Inventory> inventories = data.inventories();
            return inventories.isEmpty() ? SandboxAnswer.foundNothing()
                    : SandboxAnswer.json(200, json.bytes(json.inventories(inventories)));
        }
        if ("GET".equals(method) && "accounts".equals(path)) {
            return SandboxAnswer.json(200, json.bytes(json.accounts(data.accounts())));
        }
        if ("POST".equals(method) && "inventory_adjustments".equals(path)) {
            return adjust(body);
        }
        return SandboxAnswer.html(404, "The page you were looking for doesn't exist.");
    }

    private SandboxAnswer products(Map<String, String> query) throws IOException {
        int page = positive(query.get("page"), 1);
        int perPage = Math.min(MAX_PER_PAGE, positive(query.get("per_page"), DEFAULT_PER_PAGE));
        Predicate<SandboxProduct> filter = p -> true;
        String sku = query.get("q[sku_eq]");
        if (sku != null) {
            filter = filter.and(p -> p.sku().equals(sku));
        }
        String barcode = query.get("q[barcode_eq]");
        if (barcode != null) {
            filter = filter.and(p -> p.barcode().equals(barcode));
        }
        List<SandboxProduct> found = data.products(filter, page, perPage);
        return found.isEmpty() ? SandboxAnswer.foundNothing() : SandboxAnswer.json(200, json.bytes(json.products(found)));
    }

    private SandboxAnswer product(String id) throws IOException {
        if (!id.matches("[0-9]{1,18}")) {
            return SandboxAnswer.foundNothing();
        }
        return data.product(Long.parseLong(id))
                .map(p -> jsonAnswer(json.mapper().createObjectNode().set("product", json.product(p))))
                .orElseGet(SandboxAnswer::foundNothing);
    }

    private SandboxAnswer adjust(byte[] body) throws IOException {
        JsonNode root;
        try {
            root = json.read(body);
        } catch (IOException e) {
            return SandboxAnswer.json(422, json.bytes(json.mapper().createObjectNode().set("errors",
                    json.mapper().createArrayNode().add("request body is not valid JSON"))));
        }
        SandboxData.Outcome outcome = data.post(root, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (outcome.stored().isEmpty()) {
            return SandboxAnswer.json(200, json.bytes(json.errors(outcome.errors())));
        }
        try {
            saver.save();
        } catch (IOException e) {
            // stored in memory but not kept: answered as a failure that may have landed, as a real server error is
            return SandboxAnswer.html(500, "We're sorry, but something went wrong. (The sandbox could not save its state: "
                    + e + ")");
        }
        ObjectNode answer = json.adjustment(outcome.stored().get(), clock.instant());
        Tamper altered = tamper.getAndSet(null);
        if (altered != null) {
            tampered((ObjectNode) answer.get("inventory_adjustment"), altered);
        }
        return SandboxAnswer.json(200, json.bytes(answer));
    }

    private static void tampered(ObjectNode adjustment, Tamper how) {
        ArrayNode lines = (ArrayNode) adjustment.get("line_items");
        switch (how) {
            case QUANTITY -> {
                ObjectNode first = (ObjectNode) lines.get(0);
                first.put("quantity", first.get("quantity").decimalValue().add(java.math.BigDecimal.ONE));
            }
            case MISSING_LINE -> lines.remove(lines.size() - 1);
            case OTHER_ACCOUNT -> ((ObjectNode) adjustment.get("expense_account")).put("id", 101);
        }
    }

    private SandboxAnswer jsonAnswer(JsonNode node) {
        try {
            return SandboxAnswer.json(200, json.bytes(Objects.requireNonNull(node)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int positive(String text, int fallback) {
        if (text == null || !text.matches("[0-9]{1,6}")) {
            return fallback;
        }
        int value = Integer.parseInt(text);
        return value < 1 ? fallback : value;
    }
}
