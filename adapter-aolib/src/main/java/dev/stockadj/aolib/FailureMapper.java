package dev.stockadj.aolib;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.aolib.dto.ValidationResult;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps Order Time's answers and transport failures to the core's vendor failure family. No
 * message carries a credential: every text taken from an answer is scrubbed of the secrets.
 */
final class FailureMapper {

    private static final int MAX_TEXT = 500;

    private final ObjectMapper json;
    private final List<Secret> secrets;

    FailureMapper(ObjectMapper json, List<Secret> secrets) {
        this.json = json;
        this.secrets = List.copyOf(secrets);
    }

    /**
     * A transport failure. A refused or unresolvable connection surely sent nothing; anything
     * else (timeout, reset) may have delivered a write.
     */
    VendorUnavailable transport(IOException e, boolean write, String what) {
        boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException || isConnectTimeout(e);
        String message = "Order Time could not be reached (" + what + "): " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + scrub(e.getMessage()));
        return new VendorUnavailable(write && !notSent, message, null);
    }

    VendorFailure status(int code, String body, Optional<String> retryAfter, boolean write, String what) {
        return switch (code) {
            case 400, 409 -> new VendorRejected(fieldErrors(code, body));
            case 401, 403 -> new VendorAuthFailed(code, "Order Time refused the credentials for " + what + " ("
                    + code + (code == 403 ? ": the user's role lacks the rights" : ": check API key, email and password or dev key")
                    + ")");
            case 404 -> new VendorNotFound("Order Time has no such record (" + what + ")");
            case 429 -> new VendorRateLimited(retryAfter.flatMap(FailureMapper::seconds));
            default -> code >= 500
                    ? new VendorUnavailable(write, "Order Time failed (" + what + "): HTTP " + code + " " + excerpt(body), null)
                    : new VendorProtocolError("unexpected answer from Order Time (" + what + "): HTTP " + code + " "
                    + excerpt(body), null);
        };
    }

    VendorProtocolError malformed(String what, String body, Exception cause) {
        return new VendorProtocolError("Order Time answered something unreadable (" + what + "): " + excerpt(body),
                cause instanceof JsonProcessingException ? null : cause);
    }

    private List<FieldError> fieldErrors(int code, String body) {
        List<FieldError> errors = new ArrayList<>();
        try {
            JsonNode node = json.readTree(body);
            collect(node, errors);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            errors.clear();
        }
        if (errors.isEmpty()) {
            String text = body == null || body.isBlank() ? "HTTP " + code + " without a message" : excerpt(body);
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
            ValidationResult result = json.treeToValue(node, ValidationResult.class);
            String message = result.message() == null ? "invalid" : result.message();
            String value = result.value() == null || result.value().isEmpty() ? "" : " (value: " + result.value() + ")";
            errors.add(new FieldError(scrub(result.properyName()), scrub(message + value)));
        } else if (node.isObject()) {
            String message = firstText(node, "Message", "message", "ExceptionMessage", "error");
            if (message != null) {
                errors.add(new FieldError("", scrub(message)));
            }
        } else if (node.isTextual() && !node.asText().isBlank()) {
            errors.add(new FieldError("", scrub(node.asText())));
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

    private static boolean isConnectTimeout(IOException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("connect timed out");
    }

    private static Optional<Duration> seconds(String header) {
        try {
            long value = Long.parseLong(header.trim());
            return value < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String flat = scrub(body).replaceAll("\\s+", " ").strip();
        return flat.length() > MAX_TEXT ? flat.substring(0, MAX_TEXT) + "…" : flat;
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (Secret secret : secrets) {
            clean = clean.replace(secret.reveal(), "****");
        }
        return clean;
    }
}
