package dev.stockadj.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.Problem;
import java.util.List;

/** The one JSON object a {@code --json} command prints. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String text(ObjectNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    static ArrayNode errors(List<FieldError> errors) {
        ArrayNode array = MAPPER.createArrayNode();
        errors.forEach(e -> array.addObject().put("field", e.field()).put("message", e.message()));
        return array;
    }

    /**
     * A document's {@code errors} (a rejection's messages) and {@code warnings} (where an applied document's answer
     * shows the vendor recorded something other than what was sent): the journal keeps both as its errors.
     */
    static ObjectNode errorsAndWarnings(boolean applied, List<FieldError> messages) {
        ObjectNode node = object();
        node.set("errors", errors(applied ? List.of() : messages));
        node.set("warnings", errors(applied ? messages : List.of()));
        return node;
    }

    static ArrayNode problems(List<Problem> problems) {
        ArrayNode array = MAPPER.createArrayNode();
        problems.forEach(p -> array.addObject().put("line", p.line()).put("field", p.field())
                .put("message", p.message()));
        return array;
    }
}
