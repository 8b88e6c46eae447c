package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stockadj.plumbing.sandbox.Answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The variants in force, shared by the parts of one sandbox. Thread-safe. */
final class Variants {
    private final Set<Variant> active = ConcurrentHashMap.newKeySet();
    private final ObjectMapper json;

    Variants(ObjectMapper json) {
        this.json = json;
    }

    void set(Variant variant, boolean on) {
        if (on) {
            active.add(variant);
        } else {
            active.remove(variant);
        }
    }

    boolean has(Variant variant) {
        return active.contains(variant);
    }

    /** A route's answer as the variants in force write it: every number a string, for {@link Variant#NUMBERS_AS_STRINGS}. */
    Answer finish(Answer answer) {
        if (!has(Variant.NUMBERS_AS_STRINGS) || !answer.isSuccess() || !answer.isJson()) {
            return answer;
        }
        try {
            return answer.withBody(answer.contentType(), json.writeValueAsBytes(numbersAsStrings(json.readTree(answer.body()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode numbersAsStrings(JsonNode node) {
        if (node.isNumber()) {
            return TextNode.valueOf(node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), numbersAsStrings(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(numbersAsStrings(e)));
            return copy;
        }
        return node;
    }
}
