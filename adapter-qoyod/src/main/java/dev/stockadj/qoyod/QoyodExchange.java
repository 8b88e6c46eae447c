package dev.stockadj.qoyod;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

import java.io.IOException;
import java.util.Optional;

/** Sends one request under the throttle and reads the whole answer; I/O failures become vendor failures. */
final class QoyodExchange {
    private final Throttle throttle;
    private final QoyodErrorMapper errors;

    QoyodExchange(Throttle throttle, QoyodErrorMapper errors) {
        this.throttle = throttle;
        this.errors = errors;
    }

    QoyodAnswer send(Call<ResponseBody> call, String what) {
        throttle.acquire();
        Response<ResponseBody> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw errors.transport(e, what);
        }
        try (ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody()) {
            String text = body == null ? "" : body.string();
            return new QoyodAnswer(response.code(), text, Optional.ofNullable(response.headers().get("Content-Type")),
                    Optional.ofNullable(response.headers().get("Retry-After")));
        } catch (IOException e) {
            throw errors.answerLost(e, what);
        }
    }
}
