package dev.stockadj.aolib.sandbox;

import dev.stockadj.plumbing.sandbox.Answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /list} (POST rows, PUT count) and {@code /entityref}: filters on (dotted) properties
 * with operators 1 equal, 8 in and 12 like; 1-based pages of at most 1000 records.
 */
final class ListEndpoint {

    private static final int MAX_RECORDS = 1000;
    private static final int DEFAULT_RECORDS = 100;

    private final ObjectMapper json;
    private final SandboxRows records;
    private volatile LikeSemantics like = LikeSemantics.CONTAINS;

    ListEndpoint(ObjectMapper json, SandboxRows records) {
        this.json = json;
        this.records = records;
    }

    void like(LikeSemantics semantics) {
        this.like = semantics;
    }

    private ArrayNode array(List<ObjectNode> rows) {
        ArrayNode array = json.createArrayNode();
        rows.forEach(array::add);
        return array;
    }

    Answer rows(JsonNode query) {
        return select(query, false).map(rows -> Answer.json(200, array(rows).toString()))
                .orElseGet(() -> invalid(query));
    }

    Answer count(JsonNode query) {
        if (!query.isObject()) {
            return Answer.text(400, "The ListInfo could not be read.");
        }
        Optional<List<ObjectNode>> rows = filtered(query);
        return rows.map(r -> Answer.json(200, Integer.toString(r.size()))).orElseGet(() -> invalid(query));
    }

    Answer entityRefs(JsonNode query) {
        return select(query, true).map(rows -> Answer.json(200, array(rows.stream().map(this::entityRef)
                .toList()).toString())).orElseGet(() -> invalid(query));
    }

    private ObjectNode entityRef(ObjectNode row) {
        ObjectNode ref = row.objectNode();
        ref.set("Id", row.has("Id") ? row.get("Id") : row.get("DocNo"));
        ref.set("Name", row.has("Name") ? row.get("Name") : row.path("DocNo"));
        return ref;
    }

    private Optional<List<ObjectNode>> select(JsonNode query, boolean all) {
        if (!query.isObject() || size(query) < 1 || size(query) > MAX_RECORDS || query.path("PageNumber").asInt(1) < 1) {
            return Optional.empty();
        }
        return filtered(query).map(rows -> {
            if (all) {
                return rows;
            }
            int size = size(query);
            int from = (query.path("PageNumber").asInt(1) - 1) * size;
            return from >= rows.size() ? List.<ObjectNode>of() : rows.subList(from, Math.min(rows.size(), from + size));
        });
    }

    private static int size(JsonNode query) {
        return query.path("NumberOfRecords").asInt(DEFAULT_RECORDS);
    }

    private Optional<List<ObjectNode>> filtered(JsonNode query) {
        Optional<List<ObjectNode>> rows = records.of(query.path("Type").asInt(-1));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Filter> filters = new ArrayList<>();
        query.path("Filters").forEach(filter -> filters.add(Filter.of(filter)));
        List<ObjectNode> kept = new ArrayList<>();
        for (ObjectNode row : rows.get()) {
            boolean match = true;
            for (Filter filter : filters) {
                Optional<Boolean> result = filter.matches(row, like);
                if (result.isEmpty()) {
                    return Optional.empty();
                }
                match &= result.get();
            }
            if (match) {
                kept.add(row);
            }
        }
        return Optional.of(kept);
    }

    /**
     * One filter of a query, read once per query rather than again for every row, its "in" values kept as a set:
     * a filter of a thousand lot numbers is not re-read and searched a thousand deep for each of ten thousand rows.
     */
    private record Filter(String[] path, int operator, List<String> values, Set<String> in) {
        static Filter of(JsonNode filter) {
            List<String> values = new ArrayList<>();
            JsonNode given = filter.path("FilterValueArray");
            int operator = filter.path("Operator").asInt(-1);
            if (given.isArray()) {
                given.forEach(v -> values.add(v.asText()));
            } else if (given.isValueNode() && operator == 8) {
                values.addAll(List.of(given.asText().split(",", -1)));
            } else if (given.isValueNode()) {
                values.add(given.asText());
            }
            return new Filter(filter.path("PropertyName").asText("").split("\\."), operator, values,
                    new HashSet<>(values));
        }

        Optional<Boolean> matches(ObjectNode row, LikeSemantics like) {
            JsonNode node = row;
            for (String part : path) {
                node = node.path(part);
            }
            String actual = node.isValueNode() ? node.asText() : null;
            return switch (operator) {
                case 1 -> Optional.of(actual != null && !values.isEmpty() && values.get(0).equals(actual));
                case 8 -> Optional.of(actual != null && in.contains(actual));
                case 12 -> Optional.of(actual != null && !values.isEmpty() && like.matches(actual, values.get(0)));
                default -> Optional.empty();
            };
        }
    }

    private static Answer invalid(JsonNode query) {
        return Answer.text(400, "Invalid ListInfo: Type must be a known record type, NumberOfRecords 1.."
                + MAX_RECORDS + ", PageNumber from 1, Operator 1, 8 or 12 (got " + query + ")");
    }
}
