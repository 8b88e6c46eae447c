package dev.stockadj.qoyod;

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
 * Logs each request: one INFO line with method, path (never the query), status or failure, milliseconds and
 * attempt; at DEBUG the request and answer bodies, cut to {@value #MAX_BODY} characters. Headers are never
 * logged; every text passes the adapter's redactor first, so a credential an answer echoes is masked.
 */
final class RequestLog {
    static final int MAX_BODY = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger("dev.stockadj.qoyod.http");

    private final UnaryOperator<String> redactor;

    RequestLog(UnaryOperator<String> redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor is required");
    }

    /** Marks the start of an attempt and logs what it sends; returns the start for {@link #answered}/{@link #failed}. */
    long sending(Request request, int attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} (attempt {}) sends {}", request.method(), path(request), attempt, cut(body(request.body())));
        }
        return System.nanoTime();
    }

    void answered(Request request, int attempt, long started, int status, String body) {
        LOG.info("{} {} -> HTTP {} in {} ms (attempt {})", request.method(), path(request), status, since(started), attempt);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} answered {}", request.method(), path(request), cut(body));
        }
    }

    void failed(Request request, int attempt, long started, IOException failure) {
        LOG.info("{} {} -> {} after {} ms (attempt {})", request.method(), path(request),
                redactor.apply(failure.getClass().getSimpleName() + (failure.getMessage() == null ? ""
                        : ": " + failure.getMessage())), since(started), attempt);
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
