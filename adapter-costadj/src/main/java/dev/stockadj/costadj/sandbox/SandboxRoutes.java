package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.plumbing.sandbox.Answer;
import dev.stockadj.plumbing.sandbox.Inbound;
import dev.stockadj.plumbing.sandbox.KeptState;
import dev.stockadj.plumbing.sandbox.Routes;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The Foodics routes below {@value #ROOT}, and which variants take a route away or refuse it. */
final class SandboxRoutes {
    static final String ROOT = "/v5";
    /** The cost adjustment resource answers under both names integrators use. */
    static final List<String> COST_RESOURCES = List.of("cost_adjustments", "cost_adjustment_transactions");

    private final Store store;
    private final ObjectMapper json;
    private final Variants variants;
    private final KeptState kept;

    SandboxRoutes(Store store, ObjectMapper json, Variants variants, KeptState kept) {
        this.store = store;
        this.json = json;
        this.variants = variants;
        this.kept = kept;
    }

    Routes routes() {
        Routes routes = Routes.answering(r -> Laravel.notFound(),
                r -> Laravel.message(405, "The " + r.method() + " method is not supported for this route."));
        for (String costs : COST_RESOURCES) {
            routes.on("GET", costs, r -> store.list(r.query(), url(r)))
                    .on("POST", costs, r -> saved(withBody(r, store::create)))
                    .on("GET", costs + "/{id}", r -> store.get(r.param("id"), r.query()))
                    .on("PUT", costs + "/{id}", r -> saved(withBody(r, b -> store.update(r.param("id"), b))))
                    .on("DELETE", costs + "/{id}", r -> saved(store.delete(r.param("id"))));
        }
        return routes.on("GET", "whoami", r -> generalRead(store::whoami))
                .on("GET", "branches", r -> generalRead(() -> store.branches(r.query(), url(r))))
                .on("GET", "branches/{id}", r -> generalRead(() -> variants.has(Variant.NO_BRANCH_ROUTE)
                        ? Laravel.notFound() : store.branch(r.param("id"))))
                .on("GET", "inventory_items", r -> store.inventoryItems(r.query(), url(r)))
                .on("GET", "inventory_levels/{branch}", r -> variants.has(Variant.NO_INVENTORY_LEVELS)
                        ? Laravel.notFound() : store.inventoryLevels(r.param("branch"), r.query(), url(r)));
    }

    /** The {@code general.read} scope covers whoami and branches; a variant takes it from the token. */
    private Answer generalRead(Supplier<Answer> read) {
        return variants.has(Variant.NO_GENERAL_READ) ? Laravel.message(403, "This action is unauthorized.") : read.get();
    }

    /** The address Laravel builds page links on: the host the client asked, the path it asked. */
    private static String url(Inbound request) {
        return "http://" + request.header("Host").orElse("127.0.0.1") + ROOT + request.path();
    }

    private Answer withBody(Inbound request, Function<JsonNode, Answer> operation) {
        JsonNode node;
        try {
            node = json.readTree(request.bodyText());
        } catch (JsonProcessingException e) {
            return Laravel.message(400, "The request body is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            return Laravel.message(400, "The request body must be a JSON object.");
        }
        return operation.apply(node);
    }

    /** A write that succeeded changed the state: it is saved before the answer leaves. */
    private Answer saved(Answer answer) {
        return kept.saveAfter(answer, reason -> Laravel.message(500, "Server Error: " + reason));
    }
}
