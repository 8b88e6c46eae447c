package dev.stockadj.qoyod;

import dev.stockadj.plumbing.http.HttpAnswer;
import dev.stockadj.plumbing.http.VendorJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Qoyod's answers to GETs: {@code {"<key>": [...]}} lists and {@code {"<key>": {...}}} objects, with
 * Qoyod's quirks — a 404 with a plain-text body ("...we found nothing.") is an empty result, and a body
 * with {@code errors} is a rejection whatever the status.
 */
final class AnswerReader {
    private final ObjectMapper json;
    private final QoyodFailures errors;

    AnswerReader(ObjectMapper json, QoyodFailures errors) {
        this.json = json;
        this.errors = errors;
    }

    <T> List<T> list(HttpAnswer answer, String key, Class<T> type, String what) {
        Optional<JsonNode> body = checked(answer, what);
        if (body.isEmpty()) {
            return List.of();
        }
        JsonNode items = body.get().get(key);
        if (items == null || !items.isArray() || !isSuccess(answer)) {
            throw errors.protocol(answer, what, "{\"" + key + "\": [...]}");
        }
        List<T> out = new ArrayList<>();
        for (JsonNode item : items) {
            out.add(convert(item, type, answer, what, key));
        }
        return out;
    }

    <T> Optional<T> one(HttpAnswer answer, String key, Class<T> type, String what) {
        Optional<JsonNode> body = checked(answer, what);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        JsonNode item = body.get().get(key);
        if (item == null || !item.isObject() || !isSuccess(answer)) {
            throw errors.protocol(answer, what, "{\"" + key + "\": {...}}");
        }
        return Optional.of(convert(item, type, answer, what, key));
    }

    /** The JSON object of a usable answer, or empty for "found nothing"; throws for every failure. */
    private Optional<JsonNode> checked(HttpAnswer answer, String what) {
        Optional<JsonNode> body = VendorJson.object(json, answer.body());
        if (body.isPresent() && body.get().has("errors")) {
            throw errors.rejected(body.get().get("errors"));
        }
        if (answer.status() == 404 && !answer.looksLikeHtml()) {
            return Optional.empty();
        }
        if (body.isEmpty()) {
            throw errors.protocol(answer, what, "a JSON object");
        }
        return body;
    }

    private <T> T convert(JsonNode node, Class<T> type, HttpAnswer answer, String what, String key) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw errors.protocol(answer, what, "well-formed " + key);
        }
    }

    private static boolean isSuccess(HttpAnswer answer) {
        return answer.status() >= 200 && answer.status() < 300;
    }
}
