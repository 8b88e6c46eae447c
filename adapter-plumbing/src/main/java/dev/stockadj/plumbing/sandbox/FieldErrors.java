package dev.stockadj.plumbing.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a validation found wrong, field by field, in the order found: the {@code {"field": ["message", ...]}} that
 * Rails and Laravel both answer (each vendor wraps it in its own answer). Collects every error, not the first.
 */
public final class FieldErrors {
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public static FieldErrors of(String field, String message) {
        return new FieldErrors().add(field, message);
    }

    public FieldErrors add(String field, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** How many fields have errors. */
    public int size() {
        return byField.size();
    }

    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byField.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        return Collections.unmodifiableMap(copy);
    }

    /** {@code {"field": ["message", ...], ...}}. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        byField.forEach((field, messages) -> messages.forEach(json.withArray(field)::add));
        return json;
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
