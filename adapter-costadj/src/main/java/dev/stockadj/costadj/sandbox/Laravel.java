package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.plumbing.sandbox.Answer;
import dev.stockadj.plumbing.sandbox.FieldErrors;


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
    static Answer invalid(FieldErrors errors) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("message", "The given data was invalid.");
        body.set("errors", errors.toJson());
        return Answer.json(422, body);
    }
}
