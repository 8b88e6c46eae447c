package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/** Renders stored objects as Foodics answers them; relations only when included. */
final class AdjustmentJson {
    static final Set<String> INCLUDABLE = Set.of("branch", "items", "creator", "poster");
    static final Set<String> EVERYTHING = INCLUDABLE;

    private final Catalog catalog;
    private final Variants variants;

    AdjustmentJson(Catalog catalog, Variants variants) {
        this.catalog = catalog;
        this.variants = variants;
    }

    JsonNode adjustment(Adjustment a, Set<String> include) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", a.id());
        node.put("business_date", a.businessDate());
        node.put("reference", a.reference());
        if (variants.has(Variant.STATUS_AS_NAME)) {
            node.put("status", a.closed() ? "closed" : "draft");
        } else {
            node.put("status", a.status());
        }
        node.put("notes", a.notes());
        node.put("created_at", a.createdAt());
        node.put("updated_at", a.updatedAt());
        node.put("deleted_at", a.deletedAt());
        if (include.contains("branch")) {
            node.set("branch", named(a.branchId(), catalog.branchName(a.branchId()).orElse(null)));
        }
        if (include.contains("creator")) {
            node.set("creator", named(a.creatorId(), catalog.userName(a.creatorId())));
        }
        if (include.contains("poster")) {
            node.set("poster", a.posterId() == null ? null : named(a.posterId(), catalog.userName(a.posterId())));
        }
        if (include.contains("items")) {
            ArrayNode items = node.putArray("items");
            for (Adjustment.Line line : a.lines()) {
                SeedItem item = catalog.item(line.itemId());
                ObjectNode entry = items.addObject();
                entry.put("id", item.id());
                ObjectNode pivot = entry.putObject("pivot");
                pivot.put("cost_per_unit", line.cost());
                if (!variants.has(Variant.NO_PREVIOUS_COST)) {
                    pivot.put("previous_cost_per_unit", line.previous());
                }
            }
        }
        return node;
    }

    static ObjectNode named(String id, String name) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
        node.put("name", name);
        return node;
    }
}
