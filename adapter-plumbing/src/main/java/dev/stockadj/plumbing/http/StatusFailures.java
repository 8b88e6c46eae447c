package dev.stockadj.plumbing.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorUnavailable;

import java.util.Objects;

/**
 * What an answer means when the vendor's adapter knows nothing better about its status — the same for every
 * vendor: 401 and 403 refuse the credentials (never retried; the hint names the settings to check), a 5xx may have
 * recorded the request, and anything else is an answer the adapter cannot read. (A 429 never gets here: the
 * {@link Exchange} waits it out, or reports it as rate limited.) Every text quoted from an answer is a redacted {@link Snippet}.
 */
public final class StatusFailures {
    private final String vendor;
    private final Redactor redactor;
    private final ObjectMapper json;

    public StatusFailures(String vendor, Redactor redactor, ObjectMapper json) {
        this.vendor = Objects.requireNonNull(vendor, "vendor is required");
        this.redactor = Objects.requireNonNull(redactor, "redactor is required");
        this.json = Objects.requireNonNull(json, "json is required");
    }

    /** The failure {@code answer} (not a 2xx) means by default. */
    public VendorFailure of(HttpAnswer answer, String what, String authHint) {
        int status = answer.status();
        if (status == 401 || status == 403) {
            return authFailed(answer, what, authHint);
        }
        if (status >= 500) {
            return serverFailed(answer, what);
        }
        return unexpected(answer, what, "a successful answer");
    }

    public VendorAuthFailed authFailed(HttpAnswer answer, String what, String hint) {
        return new VendorAuthFailed(answer.status(), redactor.redact(what + ": " + vendor + " refused the credentials (HTTP "
                + answer.status() + ")" + (hint.isBlank() ? "" : "; " + hint)));
    }

    /** A 5xx: the vendor got the request and failed; it may have been recorded. */
    public VendorUnavailable serverFailed(HttpAnswer answer, String what) {
        return new VendorUnavailable(true, redactor.redact(what + ": " + vendor + " failed with HTTP " + answer.status()
                + "; the request may have been recorded: " + Snippet.of(answer.body(), redactor)), null);
    }

    /** An answer that is not what the API promises, described by what it looks like. */
    public VendorProtocolError unexpected(HttpAnswer answer, String what, String expected) {
        String kind = answer.looksLikeHtml() ? "an HTML page"
                : VendorJson.isJson(json, answer.body()) ? "unexpected JSON" : "a non-JSON body";
        return new VendorProtocolError(redactor.redact(what + ": expected " + expected + " but " + vendor
                + " answered HTTP " + answer.status() + " with " + kind + ": " + Snippet.of(answer.body(), redactor)),
                null);
    }

    public Redactor redactor() {
        return redactor;
    }

    /** The adapter's JSON mapper, for reading the vendor's own error bodies. */
    public ObjectMapper json() {
        return json;
    }
}
