package dev.stockadj.aolib;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stockadj.aolib.dto.ValidationResult;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.plumbing.http.HttpAnswer;
import dev.stockadj.plumbing.http.Snippet;
import dev.stockadj.plumbing.http.StatusFailures;

import java.util.ArrayList;
import java.util.List;

/**
 * What Order Time's answers mean when they are not what was asked for. Order Time's own knowledge is here: 400 and
 * 409 are rejections, 409 with an array of {@code ValidationResult} {@code {"ProperyName", "Message", "Value"}} (the
 * misspelling is theirs), 400 with a message as text or JSON; 403 means the user's role lacks the rights; a 404 is
 * a document that does not exist when it was asked for by number, else a wrong base URL. Auth, 5xx and unreadable
 * answers are mapped as for every vendor ({@link StatusFailures}). No message carries a credential.
 */
final class OrderTimeFailures {
    static final String AUTH_HINT = "check ordertime.api-key, ordertime.email and ordertime.password or ordertime.dev-key";

    private final StatusFailures common;

    OrderTimeFailures(StatusFailures common) {
        this.common = common;
    }

    /** Every answer other than a 2xx is a failure, except a 404: what it means depends on the call. */
    static boolean passes(int status) {
        return status >= 200 && status < 300 || status == 404;
    }

    VendorFailure status(HttpAnswer answer, String what) {
        return switch (answer.status()) {
            case 400, 409 -> new VendorRejected(fieldErrors(answer.status(), answer.body()));
            case 403 -> common.authFailed(answer, what, "the user's role lacks the rights");
            default -> common.of(answer, what, AUTH_HINT);
        };
    }

    /** A 404: no such document when one was asked for by its number, else no such resource (a wrong base URL). */
    VendorFailure notFound(String what, boolean byDocNo) {
        return byDocNo ? new VendorNotFound("Order Time has no such record (" + what + ")")
                : new VendorProtocolError("Order Time has no " + what + " (HTTP 404): check the base URL", null);
    }

    VendorProtocolError malformed(String what, String body, Exception cause) {
        return new VendorProtocolError("Order Time answered something unreadable (" + what + "): "
                + Snippet.of(body, common.redactor()), cause instanceof JsonProcessingException ? null : cause);
    }

    private List<FieldError> fieldErrors(int code, String body) {
        List<FieldError> errors = new ArrayList<>();
        try {
            collect(common.json().readTree(body), errors);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            errors.clear();
        }
        if (errors.isEmpty()) {
            String text = body == null || body.isBlank() ? "HTTP " + code + " without a message" : Snippet.of(body, common.redactor());
            errors.add(new FieldError("", text));
        }
        return errors;
    }

    private void collect(JsonNode node, List<FieldError> errors) throws JsonProcessingException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode entry : node) {
                collect(entry, errors);
            }
        } else if (node.isObject() && (node.has("ProperyName") || node.has("PropertyName")
                || (node.has("Message") && node.has("Value")))) {
            ValidationResult result = common.json().treeToValue(node, ValidationResult.class);
            String message = result.message() == null ? "invalid" : result.message();
            String value = result.value() == null || result.value().isEmpty() ? "" : " (value: " + result.value() + ")";
            errors.add(new FieldError(redact(result.properyName()), redact(message + value)));
        } else if (node.isObject()) {
            String message = firstText(node, "Message", "message", "ExceptionMessage", "error");
            if (message != null) {
                errors.add(new FieldError("", redact(message)));
            }
        } else if (node.isTextual() && !node.asText().isBlank()) {
            errors.add(new FieldError("", redact(node.asText())));
        }
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            if (node.hasNonNull(name) && node.get(name).isValueNode()) {
                return node.get(name).asText();
            }
        }
        return null;
    }

    private String redact(String text) {
        return common.redactor().redact(text);
    }
}
