package dev.stockadj.plumbing.http;

import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Logs each request a vendor adapter sends: one INFO line with method, path (never the query), status or failure,
 * milliseconds and attempt; at DEBUG the request and answer bodies, cut to {@value #MAX_BODY} characters. Headers
 * are never logged; every text passes the adapter's redactor first, so a credential an answer echoes is masked.
 * Knows no vendor: each adapter names its logger ({@code dev.stockadj.<vendor>.http}) and gives its redactor.
 */
public final class RequestLog {
    public static final int MAX_BODY = 2_000;

    private final Logger log;
    private final UnaryOperator<String> redactor;

    public RequestLog(String logger, UnaryOperator<String> redactor) {
        this.log = LoggerFactory.getLogger(Objects.requireNonNull(logger, "logger is required"));
        this.redactor = Objects.requireNonNull(redactor, "redactor is required");
    }

    /** Marks the start of an attempt and logs what it sends; returns the start for {@link #answered}/{@link #failed}. */
    public long sending(Request request, int attempt) {
        if (log.isDebugEnabled()) {
            log.debug("{} {} (attempt {}) sends {}", request.method(), path(request), attempt, cut(body(request.body())));
        }
        return System.nanoTime();
    }

    public void answered(Request request, int attempt, long started, int status, String body) {
        if (log.isInfoEnabled()) {
            log.info("{} {} -> HTTP {} in {} ms (attempt {})", request.method(), path(request), status, since(started),
                    attempt);
        }
        if (log.isDebugEnabled()) {
            log.debug("{} {} answered {}", request.method(), path(request), cut(body));
        }
    }

    /** A failure without an answer: what really failed, and whether the request may have arrived. */
    public void failed(Request request, int attempt, long started, IOException failure) {
        Throwable cause = MayHaveArrived.cause(failure);
        log.info("{} {} -> {} after {} ms (attempt {}{})", request.method(), path(request),
                redactor.apply(cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
                        : ": " + cause.getMessage())), since(started), attempt,
                MayHaveArrived.after(failure) ? "; it may have arrived" : "; not sent");
    }

    private String path(Request request) {
        return redactor.apply(request.url().encodedPath());
    }

    private String cut(String text) {
        String shown = text.length() > MAX_BODY ? text.substring(0, MAX_BODY) + "… (" + text.length() + " chars)" : text;
        return redactor.apply(shown.isEmpty() ? "(no body)" : shown);
    }

    private static String body(RequestBody body) {
        if (body == null) {
            return "";
        }
        try (Buffer buffer = new Buffer()) {
            body.writeTo(buffer);
            return buffer.readUtf8();
        } catch (IOException e) {
            return "(unreadable body)";
        }
    }

    private static long since(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
