package dev.stockadj.plumbing.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * The JSON every vendor adapter reads and writes: unknown properties ignored (vendors add fields), decimals read
 * exactly ({@code BigDecimal}, never {@code double}) and written plain ({@code 0.00001}, never {@code 1E-5}). Each
 * adapter builds its one mapper from {@link #builder()} once and never changes it afterwards.
 */
public final class VendorJson {
    private VendorJson() {
    }

    /** The shared configuration; an adapter may add to it (Order Time leaves nulls out) before building. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    public static ObjectMapper mapper() {
        return builder().build();
    }

    /** The body as a JSON object, or empty when it is not one (HTML, plain text, an array, nothing). */
    public static Optional<JsonNode> object(ObjectMapper json, String body) {
        String text = body == null ? "" : body.strip();
        if (!text.startsWith("{")) {
            return Optional.empty();
        }
        return tree(json, text).filter(JsonNode::isObject);
    }

    /** Whether the body is JSON of any shape. */
    public static boolean isJson(ObjectMapper json, String body) {
        return body != null && !body.isBlank() && tree(json, body).isPresent();
    }

    private static Optional<JsonNode> tree(ObjectMapper json, String text) {
        try {
            JsonNode node = json.readTree(text);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
