package dev.stockadj.qoyod;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.plumbing.http.HttpAnswer;
import dev.stockadj.plumbing.http.Redactor;
import dev.stockadj.plumbing.http.StatusFailures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Qoyod's answers mean when they are not what was asked for. Qoyod's own knowledge is here: a body with
 * {@code errors} is a rejection whatever the status (Qoyod answers validation failures with 200), and
 * {@code errors} is a map of field → messages or a list of messages. Auth, 5xx and unreadable answers are mapped
 * as for every vendor ({@link StatusFailures}). Never names the credential.
 */
final class QoyodFailures {
    static final String AUTH_HINT = "check qoyod.api-key (or qoyod.access-token) and its permissions";

    private final StatusFailures common;
    private final Redactor redactor;

    QoyodFailures(StatusFailures common) {
        this.common = common;
        this.redactor = common.redactor();
    }

    /**
     * The statuses whose answers the reading decides about: all but auth (never retried) and server errors; a 404 is
     * Qoyod's "found nothing", a 200 may carry {@code errors}.
     */
    static boolean passes(int status) {
        return status != 401 && status != 403 && status < 500;
    }

    /** What an answer that does not {@link #passes pass} means. */
    VendorFailure statusFailure(HttpAnswer answer, String what) {
        return common.of(answer, what, AUTH_HINT);
    }

    /**
     * {@code errors} as a map of field → messages (or one message), or as a list of messages. Field names
     * are the vendor's text as much as messages are, so both are redacted.
     */
    VendorRejected rejected(JsonNode errors) {
        List<FieldError> found = new ArrayList<>();
        if (errors.isObject()) {
            for (Map.Entry<String, JsonNode> field : errors.properties()) {
                String name = redactor.redact(field.getKey());
                messages(field.getValue()).forEach(m -> found.add(new FieldError(name, redactor.redact(m))));
            }
        } else {
            messages(errors).forEach(m -> found.add(new FieldError("", redactor.redact(m))));
        }
        if (found.isEmpty()) {
            found.add(new FieldError("", "Qoyod rejected the request without a message"));
        }
        return new VendorRejected(found);
    }

    VendorProtocolError protocol(HttpAnswer answer, String what, String expected) {
        return common.unexpected(answer, what, expected);
    }

    private static List<String> messages(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.addAll(messages(n)));
        } else if (node.isValueNode()) {
            out.add(node.asText());
        } else {
            out.add(node.toString());
        }
        return out;
    }
}
