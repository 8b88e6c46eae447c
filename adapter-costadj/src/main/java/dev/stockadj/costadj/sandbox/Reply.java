package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the sandbox answers: a status and a JSON body (absent for an empty answer). */
record Reply(int status, JsonNode body) {
    Reply {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }

    static Reply ok(JsonNode body) {
        return new Reply(200, Objects.requireNonNull(body, "body is required"));
    }

    static Reply data(JsonNode data) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("data", data);
        return ok(body);
    }

    static Reply empty() {
        return new Reply(200, null);
    }

    static Reply message(int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("message", message);
        return new Reply(status, body);
    }

    static Reply notFound() {
        return message(404, "Not Found.");
    }

    /** 422 as Laravel answers a failed validation. */
    static Reply invalid(Map<String, List<String>> errors) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("message", "The given data was invalid.");
        ObjectNode byField = body.putObject("errors");
        errors.forEach((field, messages) -> messages.forEach(m -> byField.withArray(field).add(m)));
        return new Reply(422, body);
    }
}
