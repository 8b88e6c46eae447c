package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps a method and a path below {@code /v5} to the store's operation. */
final class Router {
    static final Set<String> COST_RESOURCES = Set.of("cost_adjustments", "cost_adjustment_transactions");

    private final Store store;
    private final ObjectMapper json;
    private final Variants variants;
    private final StateSaver saver;

    /** Saves the sandbox's whole state after a request changed it; does nothing for a sandbox without a state file. */
    @FunctionalInterface
    interface StateSaver {
        StateSaver NONE = () -> { };

        void save() throws IOException;
    }

    Router(Store store, ObjectMapper json, Variants variants, StateSaver saver) {
        this.store = store;
        this.json = json;
        this.variants = variants;
        this.saver = saver;
    }

    Reply route(String method, List<String> path, Map<String, String> query, InputStream body, String url)
            throws IOException {
        if (path.isEmpty()) {
            return Reply.notFound();
        }
        String head = path.get(0);
        if (COST_RESOURCES.contains(head)) {
            return costs(method, path, query, body, url);
        }
        if (!"GET".equals(method)) {
            return notAllowed(method);
        }
        if (variants.has(Variant.NO_GENERAL_READ) && ("whoami".equals(head) || "branches".equals(head))) {
            return Reply.message(403, "This action is unauthorized.");
        }
        if (path.size() == 1 && "whoami".equals(head)) {
            return store.whoami();
        }
        if ("branches".equals(head)) {
            return path.size() == 1 ? store.branches(query, url)
                    : path.size() == 2 && !variants.has(Variant.NO_BRANCH_ROUTE) ? store.branch(path.get(1))
                    : Reply.notFound();
        }
        if (path.size() == 1 && "inventory_items".equals(head)) {
            return store.inventoryItems(query, url);
        }
        if (path.size() == 2 && "inventory_levels".equals(head) && !variants.has(Variant.NO_INVENTORY_LEVELS)) {
            return store.inventoryLevels(path.get(1), query, url);
        }
        return Reply.notFound();
    }

    private Reply costs(String method, List<String> path, Map<String, String> query, InputStream body, String url)
            throws IOException {
        if (path.size() == 1) {
            return switch (method) {
                case "GET" -> store.list(query, url);
                case "POST" -> saved(withBody(body, store::create));
                default -> notAllowed(method);
            };
        }
        if (path.size() != 2) {
            return Reply.notFound();
        }
        String id = path.get(1);
        return switch (method) {
            case "GET" -> store.get(id, query);
            case "PUT" -> saved(withBody(body, b -> store.update(id, b)));
            case "DELETE" -> saved(store.delete(id));
            default -> notAllowed(method);
        };
    }

    private Reply withBody(InputStream body, java.util.function.Function<JsonNode, Reply> operation)
            throws IOException {
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return Reply.message(400, "The request body is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            return Reply.message(400, "The request body must be a JSON object.");
        }
        return operation.apply(node);
    }

    /** A write that succeeded changed the state: it is saved before the answer leaves. */
    private Reply saved(Reply reply) {
        if (reply.status() >= 300) {
            return reply;
        }
        try {
            saver.save();
            return reply;
        } catch (IOException e) {
            // stored in memory but not kept: answered as a failure that may have landed, as a real server error is
            return Reply.message(500, "Server Error: the sandbox could not save its state: " + e);
        }
    }

    private static Reply notAllowed(String method) {
        return Reply.message(405, "The " + method + " method is not supported for this route.");
    }
}
