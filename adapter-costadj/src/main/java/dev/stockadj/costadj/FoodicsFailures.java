package dev.stockadj.costadj;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.costadj.dto.ErrorAnswer;
import dev.stockadj.plumbing.http.HttpAnswer;
import dev.stockadj.plumbing.http.Snippet;
import dev.stockadj.plumbing.http.StatusFailures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Foodics' error answers mean. Foodics' own knowledge is here: Laravel's validation answer (422, also 400)
 * {@code {"message": ..., "errors": {"field": ["..."]}}} is a rejection with every field's messages, 404 is an object
 * Foodics does not have, and a refused token names its scopes. Auth, 5xx and unreadable answers are mapped as for
 * every vendor ({@link StatusFailures}). Every text taken from an answer is redacted.
 */
final class FoodicsFailures {
    static final String AUTH_HINT = "check foodics.token and its scopes inventory.transactions.read/write";

    private final StatusFailures common;

    FoodicsFailures(StatusFailures common) {
        this.common = common;
    }

    /** Every answer other than a 2xx is a failure ({@code Exchange} waits out and reports 429s itself). */
    static boolean passes(int status) {
        return status >= 200 && status < 300;
    }

    VendorFailure failure(HttpAnswer answer, String what) {
        int status = answer.status();
        if (status == 401 || status == 403) {
            return common.authFailed(answer, what, "Foodics said: " + message(answer.body()) + "; " + AUTH_HINT);
        }
        if (status == 404) {
            return new VendorNotFound("Foodics has no such object (404): " + message(answer.body()));
        }
        if (status == 422 || status == 400) {
            return new VendorRejected(fieldErrors(status, answer.body()));
        }
        return common.of(answer, what, AUTH_HINT);
    }

    List<FieldError> fieldErrors(int status, String body) {
        Optional<ErrorAnswer> answer = parse(body);
        List<FieldError> errors = new ArrayList<>();
        answer.map(ErrorAnswer::errors).ifPresent(byField -> byField.forEach((field, messages) -> {
            if (messages != null) {
                messages.forEach(m -> errors.add(new FieldError(redact(field), redact(m))));
            }
        }));
        if (errors.isEmpty()) {
            errors.add(new FieldError("", answer.map(ErrorAnswer::message).filter(m -> !m.isBlank())
                    .map(this::redact).orElse("Foodics refused the request (" + status + ") without saying why")));
        }
        return errors;
    }

    private String message(String body) {
        return parse(body).map(ErrorAnswer::message).filter(m -> !m.isBlank()).map(m -> Snippet.of(m, common.redactor()))
                .orElse("no message");
    }

    private Optional<ErrorAnswer> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(common.json().readValue(body, ErrorAnswer.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private String redact(String text) {
        return common.redactor().redact(text);
    }
}
