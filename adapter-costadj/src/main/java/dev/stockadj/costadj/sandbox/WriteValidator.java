package dev.stockadj.costadj.sandbox;

import dev.stockadj.plumbing.sandbox.FieldErrors;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Validates a write body the way Foodics (Laravel) does, collecting every field's messages. */
final class WriteValidator {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Catalog catalog;
    private final Predicate<String> referenceTaken;
    private final FieldErrors errors = new FieldErrors();

    WriteValidator(Catalog catalog, Predicate<String> referenceTaken) {
        this.catalog = catalog;
        this.referenceTaken = referenceTaken;
    }

    FieldErrors errors() {
        return errors;
    }

    /** The request, or null when {@link #errors()} says why not. */
    WriteRequest validate(JsonNode body) {
        String date = optionalText(body, "business_date");
        if (date != null && !validDate(date)) {
            add("business_date", "The business date does not match the format Y-m-d.");
        }
        int status = status(body.get("status"));
        String reference = optionalText(body, "reference");
        if (reference != null && referenceTaken.test(reference)) {
            add("reference", "The reference has already been taken.");
        }
        String notes = optionalText(body, "notes");
        String branch = existing(body, "branch_id", "branch id", true, catalog::hasBranch);
        String creator = existing(body, "creator_id", "creator id", true, catalog::hasUser);
        String poster = existing(body, "poster_id", "poster id", false, catalog::hasUser);
        List<WriteRequest.ItemCost> items = items(body.get("items"));
        return errors.isEmpty()
                ? new WriteRequest(date, status, reference, notes == null ? "" : notes, branch, creator, poster, items)
                : null;
    }

    private int status(JsonNode node) {
        if (node == null || node.isNull()) {
            add("status", "The status field is required.");
            return 0;
        }
        if (!node.isInt() || node.asInt() != Adjustment.DRAFT && node.asInt() != Adjustment.CLOSED) {
            add("status", "The selected status is invalid.");
            return 0;
        }
        return node.asInt();
    }

    private String existing(JsonNode body, String field, String words, boolean required, Predicate<String> exists) {
        String value = optionalText(body, field);
        if (value == null) {
            if (required) {
                add(field, "The " + words + " field is required.");
            }
            return null;
        }
        if (!exists.test(value)) {
            add(field, "The selected " + words + " is invalid.");
        }
        return value;
    }

    private List<WriteRequest.ItemCost> items(JsonNode node) {
        List<WriteRequest.ItemCost> items = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            add("items", "The items field is required.");
            return items;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String id = item.hasNonNull("id") && item.get("id").isTextual() ? item.get("id").asText() : null;
            if (id == null) {
                add("items." + i + ".id", "The items." + i + ".id field is required.");
            } else if (!catalog.hasItem(id)) {
                add("items." + i + ".id", "The selected items." + i + ".id is invalid.");
            } else if (!seen.add(id)) {
                add("items." + i + ".id", "The items." + i + ".id field has a duplicate value.");
            }
            BigDecimal cost = cost(item.get("cost_per_unit"), i);
            if (id != null && cost != null) {
                items.add(new WriteRequest.ItemCost(id, cost));
            }
        }
        return items;
    }

    private BigDecimal cost(JsonNode node, int i) {
        String field = "items." + i + ".cost_per_unit";
        if (node == null || node.isNull()) {
            add(field, "The " + field + " field is required.");
            return null;
        }
        BigDecimal cost;
        try {
            cost = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            add(field, "The " + field + " must be a number.");
            return null;
        }
        if (cost.signum() < 0) {
            add(field, "The " + field + " must be at least 0.");
            return null;
        }
        return cost;
    }

    private static boolean validDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private String optionalText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            add(field, "The " + field.replace('_', ' ') + " must be a string.");
            return null;
        }
        return node.asText();
    }

    private void add(String field, String message) {
        errors.add(field, message);
    }
}
