package dev.stockadj.qoyod.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.plumbing.sandbox.Answer;
import dev.stockadj.plumbing.sandbox.Inbound;
import dev.stockadj.plumbing.sandbox.KeptState;
import dev.stockadj.plumbing.sandbox.Routes;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** The Qoyod endpoints the sandbox serves below {@value #ROOT}; any other path or method is Rails' 404 page. */
final class SandboxRoutes {
    static final String ROOT = "/2.0";
    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 100;

    private final SandboxData data;
    private final SandboxJson json;
    private final InstantSource clock;
    private final KeptState kept;
    private final AtomicReference<Tamper> tamper = new AtomicReference<>();

    SandboxRoutes(SandboxData data, SandboxJson json, InstantSource clock, KeptState kept) {
        this.data = data;
        this.json = json;
        this.clock = clock;
        this.kept = kept;
    }

    void tamperNext(Tamper next) {
        tamper.set(next);
    }

    Routes routes() {
        return Routes.answering(r -> notFound(), r -> notFound())
                .on("GET", "/products", r -> products(r))
                .on("GET", "/products/{id}", r -> product(r.param("id")))
                .on("GET", "/inventories", r -> inventories())
                .on("GET", "/accounts", r -> Answer.json(200, json.accounts(data.accounts())))
                .on("POST", "/inventory_adjustments", r -> adjust(r.body()));
    }

    static Answer notFound() {
        return QoyodAnswers.page(404, QoyodAnswers.NO_SUCH_PAGE);
    }

    private Answer products(Inbound request) {
        int page = positive(request.query("page").orElse(null), 1);
        int perPage = Math.min(MAX_PER_PAGE, positive(request.query("per_page").orElse(null), DEFAULT_PER_PAGE));
        Predicate<SandboxProduct> filter = p -> true;
        Map<String, String> query = request.query();
        String sku = query.get("q[sku_eq]");
        if (sku != null) {
            filter = filter.and(p -> p.sku().equals(sku));
        }
        String barcode = query.get("q[barcode_eq]");
        if (barcode != null) {
            filter = filter.and(p -> p.barcode().equals(barcode));
        }
        List<SandboxProduct> found = sku == null && barcode == null ? data.products(page, perPage)
                : data.products(filter, page, perPage);
        return found.isEmpty() ? QoyodAnswers.foundNothing() : Answer.json(200, json.products(found));
    }

    private Answer product(String id) {
        if (!id.matches("[0-9]{1,18}")) {
            return QoyodAnswers.foundNothing();
        }
        return data.product(Long.parseLong(id))
                .map(p -> Answer.json(200, json.mapper().createObjectNode().set("product", json.product(p))))
                .orElseGet(QoyodAnswers::foundNothing);
    }

    private Answer inventories() {
        List<SandboxData.Inventory> inventories = data.inventories();
        return inventories.isEmpty() ? QoyodAnswers.foundNothing() : Answer.json(200, json.inventories(inventories));
    }

    private Answer adjust(byte[] body) {
        JsonNode root;
        try {
            root = json.read(body);
        } catch (IOException e) {
            return Answer.json(422, json.mapper().createObjectNode().set("errors",
                    json.mapper().createArrayNode().add("request body is not valid JSON")));
        }
        SandboxData.Outcome outcome = data.post(root, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (outcome.stored().isEmpty()) {
            return Answer.json(200, json.errors(outcome.errors()));
        }
        ObjectNode answer = json.adjustment(outcome.stored().get(), clock.instant());
        Tamper altered = tamper.getAndSet(null);
        if (altered != null) {
            tampered((ObjectNode) answer.get("inventory_adjustment"), altered);
        }
        return kept.saveAfter(Answer.json(200, answer),
                reason -> QoyodAnswers.page(500, "We're sorry, but something went wrong. (" + reason + ")"));
    }

    private static void tampered(ObjectNode adjustment, Tamper how) {
        ArrayNode lines = (ArrayNode) adjustment.get("line_items");
        switch (how) {
            case QUANTITY -> {
                ObjectNode first = (ObjectNode) lines.get(0);
                first.put("quantity", first.get("quantity").decimalValue().add(BigDecimal.ONE));
            }
            case MISSING_LINE -> lines.remove(lines.size() - 1);
            case OTHER_ACCOUNT -> ((ObjectNode) adjustment.get("expense_account")).put("id", 101);
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
