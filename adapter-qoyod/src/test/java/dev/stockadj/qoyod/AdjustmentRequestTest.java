package dev.stockadj.qoyod;

import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.PostedDocument;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What goes over the wire for a post: path, headers and the exact JSON, for the vendor document's example. */
class AdjustmentRequestTest {
    static final String SUCCESS = """
            {"inventory_adjustment": {"id": 4471, "date": "2026-05-18", "description": "x",
             "line_items": [{"id": 9201, "product": {"id": 88, "name": "Widget A"}, "quantity": 50, "value": 12.5}],
             "revenue_account": {"id": 301}, "expense_account": {"id": 502}}}""";

    private final MockWebServer server = new MockWebServer();
    private QoyodAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        server.start();
        adapter = QoyodAdapter.create(QoyodSettings.defaults(server.url("/2.0").uri(), new Secret("k-123")));
    }

    @AfterEach
    void stop() throws IOException {
        adapter.close();
        server.shutdown();
    }

    @Test
    void sendsTheVendorDocumentsExampleAsExactJson() throws InterruptedException {
        server.enqueue(new MockResponse().setBody(SUCCESS).setHeader("Content-Type", "application/json"));

        adapter.post(Documents.vendorExample());

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/2.0/inventory_adjustments");
        assertThat(request.getHeader("API-KEY")).isEqualTo("k-123");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("User-Agent")).matches("stockadj/[0-9A-Za-z.\\-]+");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"inventory_adjustment\":{"
                + "\"inventory_id\":12,\"revenue_account_id\":301,\"expense_account_id\":502,\"date\":\"2026-05-18\","
                + "\"description\":\"stockadj sa1-0123456789abcdef01234567 count count-2026-05-18 — Post-count correction — warehouse A\","
                + "\"line_items\":[{\"product_id\":88,\"actual_quantity\":\"50\",\"rate\":\"12.50\",\"current_qty\":\"40\"},"
                + "{\"product_id\":91,\"actual_quantity\":\"120\",\"rate\":\"4.00\",\"current_qty\":\"130\"}]}}");
    }

    @Test
    void keepsTheIdAndTheWholeAnswerOfAnAcceptedAdjustment() {
        server.enqueue(new MockResponse().setBody(SUCCESS));

        PostedDocument posted = adapter.post(Documents.vendorExample());

        assertThat(posted.id().value()).isEqualTo("4471");
        assertThat(posted.response()).isEqualTo(SUCCESS);
    }

    @Test
    void writesLargeAndFractionalQuantitiesAsPlainDecimalStrings() throws InterruptedException {
        server.enqueue(new MockResponse().setBody(SUCCESS));

        adapter.post(Documents.document("12", Documents.line("88", "1.2500E+3", "1E+7", "0.0125"),
                Documents.line("91", "0", "2.5000", "1E+1")));

        String body = server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
        assertThat(body).contains("{\"product_id\":88,\"actual_quantity\":\"10000000\",\"rate\":\"0.0125\",\"current_qty\":\"1250\"}")
                .contains("{\"product_id\":91,\"actual_quantity\":\"2.5\",\"rate\":\"10.00\",\"current_qty\":\"0\"}")
                .doesNotContain("E+", "E-");
    }

    @Test
    void sendsTheProductsBuyingPriceAsRateWhenALineHasNoUnitCost() throws InterruptedException {
        server.enqueue(new MockResponse().setBody("{\"product\": {\"id\": 95, \"track_quantity\": true, \"buying_price\": \"9.99\"}}"));
        server.enqueue(new MockResponse().setBody(SUCCESS));

        adapter.post(Documents.document("12", Documents.line("95", "0", "3", null)));

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/2.0/products/95");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8())
                .contains("{\"product_id\":95,\"actual_quantity\":\"3\",\"rate\":\"9.99\",\"current_qty\":\"0\"}");
    }

    @Test
    void sendsRateZeroWhenNeitherAUnitCostNorABuyingPriceIsKnown() throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("Sorry, we found nothing."));
        server.enqueue(new MockResponse().setBody(SUCCESS));

        adapter.post(Documents.document("12", Documents.line("95", "0", "3", null)));

        server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8())
                .contains("{\"product_id\":95,\"actual_quantity\":\"3\",\"rate\":\"0.00\",\"current_qty\":\"0\"}");
    }

    @Test
    void writesNonNumericIdsAsStrings() throws InterruptedException {
        server.enqueue(new MockResponse().setBody(SUCCESS));

        adapter.post(Documents.document("WH-1", Documents.line("0088", "0", "1", "1")));

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8())
                .contains("\"inventory_id\":\"WH-1\"").contains("\"product_id\":\"0088\"");
    }
}
