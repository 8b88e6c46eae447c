package dev.stockadj.costadj;

import dev.stockadj.plumbing.http.HttpAnswer;
import dev.stockadj.plumbing.http.Redactor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.costadj.dto.Page;
import dev.stockadj.costadj.dto.Single;

import java.util.Objects;

/** Parses answer bodies; anything that is not the promised JSON is a protocol error. */
final class Decoder {
    private final ObjectMapper json;
    private final Redactor redactor;

    Decoder(ObjectMapper json, Redactor redactor) {
        this.json = Objects.requireNonNull(json, "json is required");
        this.redactor = Objects.requireNonNull(redactor, "redactor is required");
    }

    <T> T single(HttpAnswer answer, Class<T> type) {
        Single<T> single = parse(answer, json.getTypeFactory().constructParametricType(Single.class, type));
        if (single == null || single.data() == null) {
            throw new VendorProtocolError("Foodics answered " + answer.status() + " without data", null);
        }
        return single.data();
    }

    /** The whole answer as JSON, whatever its shape; only text that is not JSON is a protocol error. */
    JsonNode tree(HttpAnswer answer) {
        JsonNode tree = parse(answer, json.getTypeFactory().constructType(JsonNode.class));
        if (tree == null || tree.isMissingNode()) {
            throw new VendorProtocolError("Foodics answered " + answer.status() + " without a body", null);
        }
        return tree;
    }

    <T> Page<T> page(HttpAnswer answer, Class<T> type) {
        Page<T> page = parse(answer, json.getTypeFactory().constructParametricType(Page.class, type));
        if (page == null || page.data() == null) {
            throw new VendorProtocolError("Foodics answered a list without data", null);
        }
        return page;
    }

    private <T> T parse(HttpAnswer answer, JavaType type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (JsonProcessingException e) {
            throw new VendorProtocolError("Foodics answered " + answer.status() + " with something that is not "
                    + "the expected JSON (" + redactor.redact(e.getOriginalMessage()) + ")", null);
        }
    }
}
