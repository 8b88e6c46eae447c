package dev.stockadj.qoyod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns what went wrong with a Qoyod call into the core's vendor failure family. Never names the API key. */
final class QoyodErrorMapper {
    private static final int SNIPPET = 200;

    private final ObjectMapper json;
    private final Secret apiKey;
    private final Clock clock;

    QoyodErrorMapper(ObjectMapper json, Secret apiKey, Clock clock) {
        this.json = json;
        this.apiKey = apiKey;
        this.clock = clock;
    }

    /** An I/O failure before any answer arrived. */
    VendorUnavailable transport(IOException e, String what) {
        if (mayHaveArrived(e)) {
            String kind = rootCause(e) instanceof SocketTimeoutException ? "no answer within the read timeout" : "connection lost";
            return new VendorUnavailable(true, redact(what + ": " + kind + " after the request was sent; it may have been recorded ("
                    + describe(rootCause(e)) + ")"), e);
        }
        return new VendorUnavailable(false, redact(what + ": Qoyod could not be reached; nothing was sent ("
                + describe(rootCause(e)) + ")"), e);
    }

    /** An I/O failure while the answer's body was being read: the request surely arrived. */
    VendorUnavailable answerLost(IOException e, String what) {
        return new VendorUnavailable(true, redact(what + ": the answer was cut off; the request may have been recorded ("
                + describe(rootCause(e)) + ")"), e);
    }

    /** The failures every answer is checked for first: auth (never retried), rate limit, server error. */
    Optional<VendorFailure> statusFailure(QoyodAnswer answer, String what) {
        int status = answer.status();
        if (status == 401 || status == 403) {
            return Optional.of(new VendorAuthFailed(status, redact(what + ": Qoyod refused the API key (HTTP " + status
                    + "); check qoyod.api-key and its permissions")));
        }
        if (status == 429) {
            return Optional.of(new VendorRateLimited(retryAfter(answer.retryAfter())));
        }
        if (status >= 500) {
            return Optional.of(new VendorUnavailable(true, redact(what + ": Qoyod failed with HTTP " + status
                    + "; the request may have been recorded: " + snippet(answer)), null));
        }
        return Optional.empty();
    }

    /**
     * {@code errors} as a map of field → messages (or one message), or as a list of messages. Field names
     * are the vendor's text as much as messages are, so both are redacted.
     */
    VendorRejected rejected(JsonNode errors) {
        List<FieldError> found = new ArrayList<>();
        if (errors.isObject()) {
            for (Map.Entry<String, JsonNode> field : errors.properties()) {
                String name = redact(field.getKey());
                messages(field.getValue()).forEach(m -> found.add(new FieldError(name, redact(m))));
            }
        } else {
            messages(errors).forEach(m -> found.add(new FieldError("", redact(m))));
        }
        if (found.isEmpty()) {
            found.add(new FieldError("", "Qoyod rejected the request without a message"));
        }
        return new VendorRejected(found);
    }

    VendorProtocolError protocol(QoyodAnswer answer, String what, String expected) {
        String kind = answer.looksLikeHtml() ? "an HTML page" : QoyodJson.object(json, answer.body()).isPresent()
                ? "unexpected JSON" : "a non-JSON body";
        return new VendorProtocolError(redact(what + ": expected " + expected + " but Qoyod answered HTTP " + answer.status()
                + " with " + kind + ": " + snippet(answer)), null);
    }

    Optional<Duration> retryAfter(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    String redact(String text) {
        return text.replace(apiKey.reveal(), "****");
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

    private static boolean mayHaveArrived(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestMayHaveArrived) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t instanceof RequestMayHaveArrived && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String snippet(QoyodAnswer answer) {
        String body = answer.body().strip().replaceAll("\\s+", " ");
        return body.isEmpty() ? "(empty body)" : body.length() > SNIPPET ? body.substring(0, SNIPPET) + "…" : body;
    }
}
