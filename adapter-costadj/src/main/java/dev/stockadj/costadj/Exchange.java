package dev.stockadj.costadj;

import dev.stockadj.plumbing.http.RequestLog;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorUnavailable;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import retrofit2.Call;
import retrofit2.Response;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sends one call politely and maps its answer. Every attempt passes the {@link Throttle}, and
 * only one request is out at a time, so the throttle has heard every answer before the next
 * request leaves. A 429 (refused, not stored) is waited out as the throttle says (its Retry-After,
 * longer in a run of 429s) and re-sent, reads and writes alike, at most
 * {@value #RATE_LIMIT_RETRIES} times. A read that met a 5xx, a timeout or a broken connection is
 * retried with back-off; a write never is (it may have been recorded).
 */
final class Exchange {
    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);
    static final int RATE_LIMIT_RETRIES = 3;
    static final int READ_RETRIES = 3;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

    private final Throttle throttle;
    private final FailureMapper failures;
    private final RequestLog log;

    Exchange(Throttle throttle, FailureMapper failures, RequestLog log) {
        this.throttle = Objects.requireNonNull(throttle, "throttle is required");
        this.failures = Objects.requireNonNull(failures, "failures is required");
        this.log = Objects.requireNonNull(log, "log is required");
    }

    Answer read(Call<ResponseBody> call) {
        return send(call, false);
    }

    Answer write(Call<ResponseBody> call) {
        return send(call, true);
    }

    private Answer send(Call<ResponseBody> call, boolean write) {
        int rateLimited = 0;
        int failed = 0;
        while (true) {
            Call<ResponseBody> attempt = call.clone();
            Request request = attempt.request();
            Response<ResponseBody> response;
            String body;
            synchronized (this) {
                throttle.acquire();
                int number = rateLimited + failed + 1;
                long started = log.sending(request, number);
                try {
                    response = attempt.execute();
                    body = bodyOf(response);
                } catch (IOException e) {
                    log.failed(request, number, started, e);
                    VendorUnavailable unavailable = unreachable(e, write);
                    if (write || failed >= READ_RETRIES) {
                        throw unavailable;
                    }
                    backOff(request, failed++);
                    continue;
                }
                log.answered(request, number, started, response.code(), body);
                if (response.code() == 429) {
                    Duration wait = throttle.rateLimited(retryAfter(response.headers()).orElse(DEFAULT_RETRY_AFTER));
                    if (rateLimited++ >= RATE_LIMIT_RETRIES) {
                        throw new VendorRateLimited(Optional.of(wait));
                    }
                    waiting("Foodics answered 429 to {} {}: waiting {} ms (its Retry-After, or longer) to send again",
                            request, wait);
                    continue;
                }
                // only here: a 429's "none remaining" is not learnt, its Retry-After says when to come back
                throttle.answered(intHeader(response.headers(), "X-RateLimit-Limit"),
                        intHeader(response.headers(), "X-RateLimit-Remaining"));
            }
            int status = response.code();
            if (status >= 200 && status < 300) {
                return new Answer(status, body);
            }
            if (status >= 500 && !write && failed < READ_RETRIES) {
                backOff(request, failed++);
                continue;
            }
            throw failures.failure(status, body, write);
        }
    }

    private void backOff(Request request, int attempt) {
        Duration wait = backoff(attempt);
        waiting("{} {} failed: waiting {} ms to read again", request, wait);
        throttle.pauseFor(wait);
    }

    /** A wait of a second or more is news (INFO); a shorter one is a detail (DEBUG). */
    private static void waiting(String format, Request request, Duration wait) {
        LOG.atLevel(wait.compareTo(Duration.ofSeconds(1)) >= 0 ? Level.INFO : Level.DEBUG)
                .log(format, request.method(), request.url().encodedPath(), wait.toMillis());
    }

    private static String bodyOf(Response<ResponseBody> response) throws IOException {
        ResponseBody raw = response.isSuccessful() ? response.body() : response.errorBody();
        if (raw == null) {
            return "";
        }
        try (raw) {
            return raw.string();
        }
    }

    private static VendorUnavailable unreachable(IOException e, boolean write) {
        if (e instanceof ConnectException) {
            return new VendorUnavailable(false, "could not connect to Foodics; nothing was sent", e);
        }
        return new VendorUnavailable(true, "no complete answer from Foodics (" + e.getClass().getSimpleName() + ")"
                + (write ? "; the request may have been recorded" : ""), e);
    }

    static Duration backoff(int attempt) {
        return FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt, 6));
    }

    static Optional<Duration> retryAfter(Headers headers) {
        String value = headers.get("Retry-After");
        if (value == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.trim());
            Duration wait = Duration.ofSeconds(Math.max(seconds, 0));
            return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt intHeader(Headers headers, String name) {
        String value = headers.get(name);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
