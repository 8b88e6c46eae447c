package dev.stockadj.plumbing.http;

import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorUnavailable;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import retrofit2.Call;
import retrofit2.Response;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

/**
 * Sends a vendor request and reads its whole answer, one request at a time per adapter, each behind the
 * {@link RateLimiter} (so the limiter has heard every answer before the next request leaves) and logged by the
 * {@link RequestLog}. A write is sent once: a failure without an answer is {@link VendorUnavailable}, "may have
 * been sent" exactly when {@link MayHaveArrived} says so. A 429 (refused, not recorded) is waited out as the
 * limiter says and sent again, reads and writes alike, at most {@value #RATE_LIMIT_RETRIES} times. A read that failed
 * on a connection kept open from an earlier request, before any answer came ({@link MayHaveArrived#onKeptConnection}:
 * the vendor closed it while it sat idle, as servers do after seconds to a minute, and a wait for the rate limit is
 * that long) is sent again at once on another connection, up to {@value #KEPT_CONNECTION_RETRIES} times, whatever
 * the adapter allows otherwise: a read changes nothing, and one idle connection closed under it must not end a run. A
 * write that failed so is not: it may have arrived, so a write is not sent on a connection that sat idle for
 * {@link #IDLE_BEFORE_WRITE} or more: the idle connections are closed first ({@code closeIdleConnections}) and the write
 * goes on a new one. A read that met a 5xx or no answer may be sent again after a
 * back-off, as often as the vendor's adapter allows. Every other answer passes the vendor's {@link AnswerCheck}
 * (which throws the failure an answer means) and is returned.
 */
public final class Exchange {
    /** The vendor's knowledge of which answers are failures: throws the one {@code answer} means, if any. */
    @FunctionalInterface
    public interface AnswerCheck {
        void check(HttpAnswer answer, boolean write, String what);

        /** Every answer whose status {@code passes} does not accept is the failure {@code failure} makes of it. */
        static AnswerCheck failing(IntPredicate passes, BiFunction<HttpAnswer, String, VendorFailure> failure) {
            return (answer, write, what) -> {
                if (!passes.test(answer.status())) {
                    throw failure.apply(answer, what);
                }
            };
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);
    public static final int RATE_LIMIT_RETRIES = 3;
    public static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    /**
     * How often one read is sent again after failing on a kept connection: OkHttp keeps up to 5 idle connections,
     * and all of them may have been closed during the same wait; each one that failed is not used again.
     */
    static final int KEPT_CONNECTION_RETRIES = 5;
    /**
     * How long the adapter's connections may sit idle before a write has them closed and opens its own: less than
     * the shortest keep-alive servers commonly give an idle connection (Apache's and Node's 5 s by default, nginx
     * hardened to the CIS benchmark's 10 s or less), so a write does not go on one the vendor has just closed —
     * which OkHttp checks for only after 10 s, and which would leave the write in doubt. Back-to-back writes keep
     * their connection.
     */
    static final Duration IDLE_BEFORE_WRITE = Duration.ofSeconds(2);

    private final String vendor;
    private final RateLimiter limiter;
    private final ClockPort clock;
    private final Redactor redactor;
    private final RequestLog log;
    private final int readRetries;
    private final Runnable closeIdleConnections;
    /** When the last request ended (answered or failed); null before the first. */
    private Instant lastEnded;
    private final AnswerCheck check;

    /**
     * @param logger      the adapter's request logger, {@code dev.stockadj.<vendor>.http}
     * @param readRetries how often a read is sent again after a 5xx or no answer (0: never)
     * @param closeIdleConnections closes the client's idle connections ({@link VendorClient#closeIdleConnections})
     */
    public Exchange(String vendor, RateLimiter limiter, ClockPort clock, Redactor redactor, String logger,
                    int readRetries, AnswerCheck check, Runnable closeIdleConnections) {
        this.vendor = Objects.requireNonNull(vendor, "vendor is required");
        this.limiter = Objects.requireNonNull(limiter, "limiter is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.redactor = Objects.requireNonNull(redactor, "redactor is required");
        this.log = new RequestLog(logger, redactor);
        this.readRetries = readRetries;
        this.check = Objects.requireNonNull(check, "check is required");
        this.closeIdleConnections = Objects.requireNonNull(closeIdleConnections, "closeIdleConnections is required");
    }

    /** A read, named in messages by its method and path. */
    public HttpAnswer read(Call<ResponseBody> call) {
        return read(call, named(call.request()));
    }

    /** A write, named in messages by its method and path. */
    public HttpAnswer write(Call<ResponseBody> call) {
        return write(call, named(call.request()));
    }

    /** A request that changes nothing at the vendor: it may be sent again after a failure. */
    public HttpAnswer read(Call<ResponseBody> call, String what) {
        return send(call, false, what);
    }

    /** A request that records something: never sent again once it may have arrived. */
    public HttpAnswer write(Call<ResponseBody> call, String what) {
        return send(call, true, what);
    }

    private HttpAnswer send(Call<ResponseBody> call, boolean write, String what) {
        int refused = 0;
        int failed = 0;
        int reopened = 0;
        for (int attempt = 1; ; attempt++) {
            Call<ResponseBody> sent = attempt == 1 ? call : call.clone();
            Request request = sent.request();
            HttpAnswer answer;
            synchronized (this) {
                RateLimiter.Permit permit = limiter.acquire();
                if (write && lastEnded != null && !clock.now().isBefore(lastEnded.plus(IDLE_BEFORE_WRITE))) {
                    closeIdleConnections.run();
                }
                long started = log.sending(request, attempt);
                try {
                    Response<ResponseBody> response = sent.execute();
                    answer = new HttpAnswer(response.code(), text(response), response.headers());
                } catch (IOException e) {
                    lastEnded = clock.now();
                    limiter.failed(permit, MayHaveArrived.after(e));
                    log.failed(request, attempt, started, e);
                    if (!write && MayHaveArrived.onKeptConnection(e) && reopened++ < KEPT_CONNECTION_RETRIES) {
                        LOG.info("{}: {} {}: the connection kept open since an earlier request was closed before an"
                                + " answer came; reading again on another", vendor, request.method(),
                                redactor.redact(request.url().encodedPath()));
                        continue;
                    }
                    if (write || failed >= readRetries) {
                        throw unreachable(e, what);
                    }
                    backOff(request, failed++);
                    continue;
                }
                lastEnded = clock.now();
                log.answered(request, attempt, started, answer.status(), answer.body());
                if (answer.status() == 429) {
                    Optional<Duration> asked = RetryAfter.parse(answer.header("Retry-After").orElse(null), clock.now());
                    Duration pause = limiter.refused(permit, asked);
                    if (refused++ >= RATE_LIMIT_RETRIES) {
                        throw new VendorRateLimited(asked);
                    }
                    waiting("{} answered 429 to {} {}: waiting {} ms (its Retry-After, or longer) to send again",
                            request, pause);
                    continue;
                }
                limiter.answered(permit, number(answer, "X-RateLimit-Limit"), number(answer, "X-RateLimit-Remaining"));
            }
            if (answer.status() >= 500 && !write && failed < readRetries) {
                backOff(request, failed++);
                continue;
            }
            check.check(answer, write, what);
            return answer;
        }
    }

    /** A failure without an answer: the request surely was not sent, or it may have arrived (the one rule). */
    private VendorUnavailable unreachable(IOException e, String what) {
        Throwable cause = MayHaveArrived.cause(e);
        String happened;
        if (!MayHaveArrived.after(e)) {
            happened = vendor + " could not be reached; nothing was sent";
        } else if (cause instanceof SocketTimeoutException) {
            happened = "no answer from " + vendor + " within the read timeout after the request was sent; it may have"
                    + " been recorded";
        } else {
            happened = "the connection to " + vendor + " was lost after the request was sent; it may have been"
                    + " recorded";
        }
        return new VendorUnavailable(MayHaveArrived.after(e), redactor.redact(what + ": " + happened + " ("
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + ")"), e);
    }

    private void backOff(Request request, int failedBefore) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failedBefore, 6));
        waiting("{}: {} {} failed; waiting {} ms to read again", request, wait);
        limiter.pauseFor(wait);
    }

    /** A wait of a second or more is news (INFO); a shorter one is a detail (DEBUG). */
    private void waiting(String format, Request request, Duration wait) {
        LOG.atLevel(wait.compareTo(Duration.ofSeconds(1)) >= 0 ? Level.INFO : Level.DEBUG)
                .log(format, vendor, request.method(), redactor.redact(request.url().encodedPath()), wait.toMillis());
    }

    private String named(Request request) {
        return request.method() + " " + redactor.redact(request.url().encodedPath());
    }

    private static String text(Response<ResponseBody> response) throws IOException {
        ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
        if (body == null) {
            return "";
        }
        try (body) {
            return body.string();
        }
    }

    private static OptionalInt number(HttpAnswer answer, String header) {
        Optional<String> value = answer.header(header).map(String::strip).filter(v -> v.matches("-?\\d{1,9}"));
        return value.map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
    }
}
