package dev.stockadj.qoyod;

import dev.stockadj.plumbing.http.RequestLog;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

import java.io.IOException;
import java.util.Optional;

/**
 * Sends one request under the throttle (once: Qoyod calls are never retried here) and reads the whole answer;
 * I/O failures become vendor failures. Each request is logged, redacted.
 */
final class QoyodExchange {
    private static final int ATTEMPT = 1;

    private final Throttle throttle;
    private final QoyodErrorMapper errors;
    private final RequestLog log;

    QoyodExchange(Throttle throttle, QoyodErrorMapper errors) {
        this.throttle = throttle;
        this.errors = errors;
        this.log = new RequestLog("dev.stockadj.qoyod.http", errors::redact);
    }

    QoyodAnswer send(Call<ResponseBody> call, String what) {
        throttle.acquire();
        Request request = call.request();
        long started = log.sending(request, ATTEMPT);
        Response<ResponseBody> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            log.failed(request, ATTEMPT, started, e);
            throw errors.transport(e, what);
        }
        try (ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody()) {
            String text = body == null ? "" : body.string();
            log.answered(request, ATTEMPT, started, response.code(), text);
            return new QoyodAnswer(response.code(), text, Optional.ofNullable(response.headers().get("Content-Type")),
                    Optional.ofNullable(response.headers().get("Retry-After")));
        } catch (IOException e) {
            log.failed(request, ATTEMPT, started, e);
            throw errors.answerLost(e, what);
        }
    }
}
