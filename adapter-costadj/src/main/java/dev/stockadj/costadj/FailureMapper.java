package dev.stockadj.costadj;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.costadj.dto.ErrorAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a Foodics error answer into the one vendor failure it means. Messages never carry the
 * token: every text taken from the answer (message, field names, field messages) is redacted.
 */
final class FailureMapper {
    private static final int MAX_MESSAGE = 300;
    private final ObjectMapper json;
    private final Redactor redactor;

    FailureMapper(ObjectMapper json, Redactor redactor) {
        this.json = json;
        this.redactor = redactor;
    }

    /** The failure an answer other than a 2xx or a 429 means ({@link Exchange} waits out and reports 429s itself). */
    VendorFailure failure(int status, String body, boolean write) {
        if (status == 401 || status == 403) {
            return new VendorAuthFailed(status, "Foodics refused the token (" + status + "): " + message(body)
                    + "; check foodics.token and its scopes inventory.transactions.read/write");
        }
        if (status == 404) {
            return new VendorNotFound("Foodics has no such object (404): " + message(body));
        }
        if (status == 422 || status == 400) {
            return new VendorRejected(fieldErrors(status, body));
        }
        if (status >= 500) {
            return new VendorUnavailable(true, "Foodics failed (" + status + ")"
                    + (write ? "; the request may have been recorded" : ""), null);
        }
        return new VendorProtocolError("Foodics answered an unexpected status " + status, null);
    }

    List<FieldError> fieldErrors(int status, String body) {
        Optional<ErrorAnswer> answer = parse(body);
        List<FieldError> errors = new ArrayList<>();
        answer.map(ErrorAnswer::errors).ifPresent(byField -> byField.forEach((field, messages) -> {
            if (messages != null) {
                messages.forEach(m -> errors.add(new FieldError(redactor.redact(field), redactor.redact(m))));
            }
        }));
        if (errors.isEmpty()) {
            errors.add(new FieldError("", answer.map(ErrorAnswer::message).filter(m -> !m.isBlank())
                    .map(redactor::redact).orElse("Foodics refused the request (" + status + ") without saying why")));
        }
        return errors;
    }

    private String message(String body) {
        return parse(body).map(ErrorAnswer::message).filter(m -> !m.isBlank()).map(redactor::redact)
                .map(FailureMapper::shorten).orElse("no message");
    }

    private Optional<ErrorAnswer> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, ErrorAnswer.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
    }
}
