package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.plumbing.sandbox.Answer;

import java.util.List;
import java.util.Map;

/** Answers in the shapes Foodics' Laravel gives them: {@code {"data": ...}}, {@code {"message": ...}}, the 422. */
final class Laravel {
    private Laravel() {
    }

    static Answer data(JsonNode data) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("data", data);
        return Answer.json(200, body);
    }

    static Answer message(int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("message", message);
        return Answer.json(status, body);
    }

    static Answer notFound() {
        return message(404, "Not Found.");
    }

    /** 422 as Laravel answers a failed validation: every field's messages. */
    static Answer invalid(Map<String, List<String>> errors) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("message", "The given data was invalid.");
        ObjectNode byField = body.putObject("errors");
        errors.forEach((field, messages) -> messages.forEach(m -> byField.withArray(field).add(m)));
        return Answer.json(422, body);
    }
}
