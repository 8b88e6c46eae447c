package dev.stockadj.aolib;

import dev.stockadj.plumbing.http.RequestLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.aolib.dto.Adjustment;
import dev.stockadj.aolib.dto.ListInfo;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorUnavailable;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Executes Order Time calls once (never retried) behind the throttle, and turns every answer
 * other than success into a {@link dev.stockadj.core.port.out.VendorFailure}.
 */
final class OrderTimeClient {

    private final OrderTimeApi api;
    private final ObjectMapper json;
    private final FailureMapper failures;
    private static final int ATTEMPT = 1;

    private final Throttle throttle;
    private final RequestLog log;

    OrderTimeClient(OrderTimeApi api, ObjectMapper json, FailureMapper failures, Throttle throttle, RequestLog log) {
        this.api = api;
        this.json = json;
        this.failures = failures;
        this.throttle = throttle;
        this.log = log;
    }

    String postAdjustment(Adjustment adjustment) {
        return execute(api.postAdjustment(adjustment), true, false, "POST /adjustment");
    }

    String getAdjustment(int docNo) {
        return execute(api.getAdjustment(docNo), false, true, "GET /adjustment?docNo=" + docNo);
    }

    String deleteAdjustment(int docNo) {
        return execute(api.deleteAdjustment(docNo), true, true, "DELETE /adjustment?docNo=" + docNo);
    }

    /** Every row of a list query: {@code PUT /list} for the count, then pages of at most 1000. */
    <T> List<T> listAll(ListInfo query, Class<T> rowType) {
        String what = "list type " + query.type();
        long total = count(query, what);
        List<T> rows = new ArrayList<>();
        long pages = (total + query.numberOfRecords() - 1) / query.numberOfRecords();
        for (int page = 1; page <= pages; page++) {
            String body = execute(api.list(query.page(page)), false, false, "POST /list (" + what + ", page " + page + ")");
            JsonNode array = tree(body, what);
            if (!array.isArray()) {
                throw failures.malformed(what, body, null);
            }
            for (JsonNode row : array) {
                rows.add(convert(row, rowType, what, body));
            }
            if (array.size() < query.numberOfRecords()) {
                break;
            }
        }
        return rows;
    }

    JsonNode tree(String body, String what) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw failures.malformed(what, body, null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw failures.malformed(what, body, e);
        }
    }

    <T> T convert(JsonNode node, Class<T> type, String what, String body) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw failures.malformed(what, body, e);
        }
    }

    private long count(ListInfo query, String what) {
        String body = execute(api.count(query), false, false, "PUT /list (" + what + ")");
        JsonNode node = tree(body, what);
        boolean number = node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0;
        boolean text = node.isTextual() && node.asText().matches("\\d{1,18}");
        if (!number && !text) {
            throw failures.malformed(what + " count", body, null);
        }
        return node.asLong();
    }

    /**
     * Sends once. {@code write}: a failure after sending may have been recorded. {@code byDocNo}:
     * a 404 means the document does not exist (otherwise it means a wrong base URL).
     */
    private String execute(Call<ResponseBody> call, boolean write, boolean byDocNo, String what) {
        try {
            throttle.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VendorUnavailable(false, "interrupted before " + what + " was sent", null);
        }
        Request request = call.request();
        long started = log.sending(request, ATTEMPT);
        try {
            Response<ResponseBody> response = call.execute();
            String body = text(response);
            log.answered(request, ATTEMPT, started, response.code(), body);
            if (response.isSuccessful()) {
                return body;
            }
            if (response.code() == 404 && !byDocNo) {
                throw new VendorProtocolError("Order Time has no " + what + " (HTTP 404): check the base URL", null);
            }
            throw failures.status(response.code(), body, Optional.ofNullable(response.headers().get("Retry-After")),
                    write, what);
        } catch (IOException e) {
            log.failed(request, ATTEMPT, started, e);
            throw failures.transport(e, write, what);
        }
    }

    private static String text(Response<ResponseBody> response) throws IOException {
        try (ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody()) {
            return body == null ? "" : body.string();
        }
    }
}
