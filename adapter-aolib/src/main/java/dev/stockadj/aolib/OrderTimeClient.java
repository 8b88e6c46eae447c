package dev.stockadj.aolib;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.aolib.dto.Adjustment;
import dev.stockadj.aolib.dto.ListInfo;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.plumbing.http.HttpAnswer;
import okhttp3.ResponseBody;
import retrofit2.Call;

import java.util.ArrayList;
import java.util.List;

/**
 * Order Time's calls through the shared {@link Exchange}: the adjustment by number, and {@code /list} queries read
 * page by page. A page shorter than a full one ends the list, so no count is asked first ({@code PUT /list}): a list
 * of n rows costs n / 1000 + 1 requests, not twice that.
 */
final class OrderTimeClient {
    /** The most pages one query reads: 10 million rows. */
    static final int MAX_PAGES = 10_000;

    private final OrderTimeApi api;
    private final ObjectMapper json;
    private final OrderTimeFailures failures;
    private final Exchange exchange;

    OrderTimeClient(OrderTimeApi api, ObjectMapper json, OrderTimeFailures failures, Exchange exchange) {
        this.api = api;
        this.json = json;
        this.failures = failures;
        this.exchange = exchange;
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

    /**
     * Every row of a list query, in pages of the query's size until one comes back shorter. A vendor that answers
     * the same full page again ignores {@code PageNumber}: its list cannot be read whole, which is a protocol error
     * rather than a list silently cut short.
     */
    <T> List<T> listAll(ListInfo query, Class<T> rowType) {
        String what = "list type " + query.type();
        List<T> rows = new ArrayList<>();
        JsonNode before = null;
        for (int page = 1; page <= MAX_PAGES; page++) {
            String body = execute(api.list(query.page(page)), false, false, "POST /list (" + what + ", page " + page + ")");
            JsonNode array = tree(body, what);
            if (!array.isArray()) {
                throw failures.malformed(what, body, null);
            }
            if (array.equals(before)) {
                throw new VendorProtocolError("Order Time answered page " + page + " of " + what
                        + " with the rows of the page before: it does not page this list", null);
            }
            for (JsonNode row : array) {
                rows.add(convert(row, rowType, what, body));
            }
            if (array.size() < query.numberOfRecords()) {
                return rows;
            }
            before = array;
        }
        throw new VendorProtocolError("Order Time kept paging " + what + " past " + MAX_PAGES + " pages", null);
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

    /**
     * Sends through the exchange: a write once, a read once too (Order Time's reads are not retried). {@code byDocNo}:
     * a 404 means the document does not exist (otherwise it means a wrong base URL).
     */
    private String execute(Call<ResponseBody> call, boolean write, boolean byDocNo, String what) {
        HttpAnswer answer = write ? exchange.write(call, what) : exchange.read(call, what);
        if (answer.status() == 404) {
            throw failures.notFound(what, byDocNo);
        }
        return answer.body();
    }
}
