package dev.stockadj.qoyod.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's Qoyod quirks, seen with a plain JDK HTTP client. */
class QoyodSandboxTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private QoyodSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = QoyodSandbox.start(0);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path));
        if (key != null) {
            request.header("API-KEY", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/inventory_adjustments"))
                .header("API-KEY", QoyodSandbox.DEMO_API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode errorsOf(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).get("errors");
    }

    @Test
    void listensOnLoopbackUnderTwoPointZero() {
        assertThat(sandbox.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/2.0");
    }

    @Test
    void refusesRequestsWithoutTheKey() throws IOException, InterruptedException {
        assertThat(get("/products", null).statusCode()).isEqualTo(401);
        assertThat(get("/products", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/products", QoyodSandbox.DEMO_API_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void servesStockAndPricesAsDecimalStrings() throws IOException, InterruptedException {
        JsonNode product = json.readTree(get("/products/93", QoyodSandbox.DEMO_API_KEY).body()).get("product");

        assertThat(product.get("buying_price").isTextual()).isTrue();
        assertThat(product.get("buying_price").asText()).isEqualTo("22.75");
        assertThat(product.get("inventories").get(0).get("id").asLong()).isEqualTo(12);
        assertThat(product.get("inventories").get(0).get("stock").asText()).isEqualTo("7.5");
        assertThat(product.get("inventories").get(1).get("stock").asText()).isEqualTo("2.0");
    }

    @Test
    void pagesProductsAndAnswersFoundNothingPastTheEnd() throws IOException, InterruptedException {
        JsonNode second = json.readTree(get("/products?page=2&per_page=4", QoyodSandbox.DEMO_API_KEY).body());
        HttpResponse<String> third = get("/products?page=3&per_page=4", QoyodSandbox.DEMO_API_KEY);

        assertThat(second.get("products")).extracting(p -> p.get("id").asLong()).containsExactly(97L, 99L);
        assertThat(third.statusCode()).isEqualTo(404);
        assertThat(third.body()).endsWith("we found nothing.");
        assertThat(third.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    }

    @Test
    void productsSeededAfterAPageWasReadAreOnTheNextPages() throws IOException, InterruptedException {
        assertThat(get("/products?page=3&per_page=4", QoyodSandbox.DEMO_API_KEY).statusCode()).isEqualTo(404);
        List<Long> seeded = sandbox.seedProducts(3).stream().map(SandboxProduct::id).toList();

        JsonNode second = json.readTree(get("/products?page=2&per_page=4", QoyodSandbox.DEMO_API_KEY).body());
        JsonNode third = json.readTree(get("/products?page=3&per_page=4", QoyodSandbox.DEMO_API_KEY).body());

        assertThat(second.get("products")).extracting(p -> p.get("id").asLong())
                .containsExactly(97L, 99L, seeded.get(0), seeded.get(1));
        assertThat(third.get("products")).extracting(p -> p.get("id").asLong()).containsExactly(seeded.get(2));
    }

    @Test
    void filtersProductsWithRansack() throws IOException, InterruptedException {
        JsonNode bySku = json.readTree(get("/products?q%5Bsku_eq%5D=WID-B", QoyodSandbox.DEMO_API_KEY).body());
        JsonNode byBarcode = json.readTree(get("/products?q[barcode_eq]=6281000000088", QoyodSandbox.DEMO_API_KEY).body());

        assertThat(bySku.get("products")).extracting(p -> p.get("id").asLong()).containsExactly(91L);
        assertThat(byBarcode.get("products")).extracting(p -> p.get("id").asLong()).containsExactly(88L);
        assertThat(get("/products?q[sku_eq]=NOPE", QoyodSandbox.DEMO_API_KEY).statusCode()).isEqualTo(404);
    }

    @Test
    void servicesCarryNoStock() throws IOException, InterruptedException {
        JsonNode service = json.readTree(get("/products/99", QoyodSandbox.DEMO_API_KEY).body()).get("product");

        assertThat(service.get("track_quantity").asBoolean()).isFalse();
        assertThat(service.get("inventories")).isEmpty();
        assertThat(sandbox.stock(QoyodSandbox.INSTALLATION_SERVICE, QoyodSandbox.MAIN_WAREHOUSE)).isEmpty();
    }

    @Test
    void rejectsQuantitiesSentAsNumbersWith200AndErrors() throws IOException, InterruptedException {
        JsonNode errors = errorsOf(post("{\"inventory_adjustment\": {\"inventory_id\": 12, \"revenue_account_id\": 301,"
                + " \"expense_account_id\": 502, \"line_items\": [{\"product_id\": 88, \"actual_quantity\": 50, \"rate\": 1.5}]}}"));

        assertThat(errors.get("line_items[0].actual_quantity").get(0).asText()).isEqualTo("must be a string");
        assertThat(errors.get("line_items[0].rate").get(0).asText()).isEqualTo("must be a string");
        assertThat(sandbox.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.MAIN_WAREHOUSE)).contains(new BigDecimal("40"));
    }

    @Test
    void rejectsExponentNotationAndNegativeQuantities() throws IOException, InterruptedException {
        JsonNode errors = errorsOf(post("{\"inventory_adjustment\": {\"inventory_id\": 12, \"revenue_account_id\": 301,"
                + " \"expense_account_id\": 502, \"line_items\": [{\"product_id\": 88, \"actual_quantity\": \"5E+1\"},"
                + " {\"product_id\": 91, \"actual_quantity\": \"-2\", \"rate\": \"1.00\"}]}}"));

        assertThat(errors.get("line_items[0].actual_quantity").get(0).asText()).isEqualTo("is not a number");
        assertThat(errors.get("line_items[1].actual_quantity").get(0).asText()).isEqualTo("must be greater than or equal to 0");
    }

    @Test
    void rejectsAMissingWrapperAndEmptyLines() throws IOException, InterruptedException {
        assertThat(errorsOf(post("{\"inventory_id\": 12}")).has("inventory_adjustment")).isTrue();
        assertThat(errorsOf(post("{\"inventory_adjustment\": {\"inventory_id\": 12, \"revenue_account_id\": 301,"
                + " \"expense_account_id\": 502, \"line_items\": []}}")).get("line_items").get(0).asText())
                .isEqualTo("can't be blank");
    }

    @Test
    void appliesAnAcceptedAdjustmentAndAnswersLikeTheVendorDocument() throws IOException, InterruptedException {
        JsonNode answer = json.readTree(post("{\"inventory_adjustment\": {\"inventory_id\": \"12\", \"revenue_account_id\": 301,"
                + " \"expense_account_id\": 502, \"date\": \"2026-05-18\", \"description\": \"d\","
                + " \"line_items\": [{\"product_id\": 88, \"actual_quantity\": \"50\", \"rate\": \"12.50\"}]}}").body())
                .get("inventory_adjustment");

        assertThat(answer.get("id").asLong()).isEqualTo(4471);
        assertThat(answer.get("line_items").get(0).get("quantity").decimalValue()).isEqualByComparingTo("50");
        assertThat(answer.get("revenue_account").get("id").asLong()).isEqualTo(301);
        assertThat(answer.get("expense_account").get("id").asLong()).isEqualTo(502);
        assertThat(sandbox.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.MAIN_WAREHOUSE)).contains(new BigDecimal("50"));
    }

    @Test
    void answersUnknownRoutesWithAnHtmlPage() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/nothing_here", QoyodSandbox.DEMO_API_KEY);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void enforcesItsRateLimitWithRetryAfter() throws IOException, InterruptedException {
        sandbox.setRequestsPerMinute(2);
        get("/accounts", QoyodSandbox.DEMO_API_KEY);
        get("/accounts", QoyodSandbox.DEMO_API_KEY);

        HttpResponse<String> limited = get("/accounts", QoyodSandbox.DEMO_API_KEY);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 60L));
    }

    @Test
    void seedsManyProductsWithGeneratedSkus() throws IOException, InterruptedException {
        var added = sandbox.seedProducts(3);

        assertThat(added).extracting(SandboxProduct::id).containsExactly(1001L, 1002L, 1003L);
        assertThat(added).extracting(SandboxProduct::sku).containsExactly("GEN-00001", "GEN-00002", "GEN-00003");
        assertThat(get("/products/1003", QoyodSandbox.DEMO_API_KEY).statusCode()).isEqualTo(200);
    }
}
