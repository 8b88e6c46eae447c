package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.plumbing.sandbox.SandboxRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emulator itself, over raw HTTP: what Foodics clients other than ours would see. */
class FoodicsSandboxTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-18T08:00:00Z"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private FoodicsSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = FoodicsSandbox.start(0, now::get);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return call(method, path, body, FoodicsSandbox.TOKEN);
    }

    private JsonNode parse(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    private static String write(String branch, String item, String cost, int status) {
        return """
                {"business_date": "2026-05-18", "status": %d, "notes": "n", "branch_id": "%s",
                 "creator_id": "u-demo-1", "items": [{"id": "%s", "cost_per_unit": %s}]}
                """.formatted(status, branch, item, cost);
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(sandbox.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(sandbox.baseUrl().getPath()).isEqualTo("/v5");
    }

    @Test
    void aMissingOrWrongTokenIsUnauthenticated() throws Exception {
        assertThat(call("GET", "/whoami", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = call("GET", "/whoami", null, "guess");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(parse(wrong).get("message").asText()).isEqualTo("Unauthenticated.");
        assertThat(sandbox.received()).extracting(SandboxRequest::authenticated).containsExactly(false, false);
    }

    @Test
    void whoamiNamesTheDemoUserNestedAsFoodicsDoes() throws Exception {
        JsonNode me = parse(call("GET", "/whoami", null));

        assertThat(me.at("/data/user/id").asText()).isEqualTo(FoodicsSandbox.USER);
        assertThat(me.at("/data/user/name").asText()).isEqualTo("Demo Manager");
        assertThat(me.at("/data/business/id").isTextual()).isTrue();
        assertThat(me.at("/data/id").isMissingNode()).as("the user is not at data.id").isTrue();
    }

    @Test
    void whoamiAnswersFlatOrWithoutIdWhenVaried() throws Exception {
        sandbox.vary(Variant.WHOAMI_FLAT);
        JsonNode flat = parse(call("GET", "/whoami", null));
        sandbox.answerAsDocumented();
        sandbox.vary(Variant.WHOAMI_WITHOUT_ID);
        JsonNode noId = parse(call("GET", "/whoami", null));

        assertThat(flat.at("/data/id").asText()).isEqualTo(FoodicsSandbox.USER);
        assertThat(noId.at("/data/user/name").asText()).isEqualTo("Demo Manager");
        assertThat(noId.findValues("id")).extracting(JsonNode::asText).doesNotContain(FoodicsSandbox.USER);
    }

    @Test
    void adjustmentsAndLevelsCarryOnlyTheDocumentedItemFields() throws Exception {
        JsonNode created = parse(call("POST", "/cost_adjustments", """
                {"business_date": "2026-05-18", "status": 2, "branch_id": "b-riyadh-1", "creator_id": "u-demo-1",
                 "items": [{"id": "i-oil-5l", "cost_per_unit": 33.1}]}
                """));
        JsonNode level = parse(call("GET", "/inventory_levels/b-riyadh-1", null)).at("/data/0");

        assertThat(created.at("/data/items/0").fieldNames()).toIterable().containsExactlyInAnyOrder("id", "pivot");
        assertThat(created.at("/data/items/0/pivot/previous_cost_per_unit").decimalValue()).isEqualByComparingTo("31.75");
        assertThat(created.at("/data/status").asInt()).isEqualTo(2);
        assertThat(level.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "pivot");
        assertThat(level.at("/pivot/quantity").isNumber()).isTrue();
    }

    @Test
    void numbersAndStatusAnswerAsStringsWhenVaried() throws Exception {
        sandbox.vary(Variant.NUMBERS_AS_STRINGS);
        JsonNode created = parse(call("POST", "/cost_adjustments", """
                {"business_date": "2026-05-18", "status": 1, "branch_id": "b-riyadh-1", "creator_id": "u-demo-1",
                 "items": [{"id": "i-oil-5l", "cost_per_unit": 33.1}]}
                """));
        JsonNode list = parse(call("GET", "/inventory_levels/b-riyadh-1", null));

        assertThat(created.at("/data/status").isTextual()).isTrue();
        assertThat(created.at("/data/items/0/pivot/cost_per_unit").asText()).isEqualTo("33.1");
        assertThat(list.at("/data/0/pivot/quantity").isTextual()).isTrue();
        assertThat(list.at("/meta/last_page").isTextual()).isTrue();
    }

    @Test
    void anInvalidWriteIsAnsweredLikeLaravelWithEveryField() throws Exception {
        HttpResponse<String> response = call("POST", "/cost_adjustments", """
                {"business_date": "18/05/2026", "status": 3, "branch_id": "b-x", "items": [
                  {"id": "i-flour-25kg", "cost_per_unit": -1}, {"id": "i-nope", "cost_per_unit": "abc"}]}
                """);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = parse(response);
        assertThat(body.get("message").asText()).isEqualTo("The given data was invalid.");
        assertThat(body.get("errors").fieldNames()).toIterable().containsExactlyInAnyOrder("business_date", "status",
                "branch_id", "creator_id", "items.0.cost_per_unit", "items.1.id", "items.1.cost_per_unit");
        assertThat(body.at("/errors/items.0.cost_per_unit/0").asText())
                .isEqualTo("The items.0.cost_per_unit must be at least 0.");
        assertThat(sandbox.adjustmentCount()).isZero();
    }

    @Test
    void closingSetsTheCostAtTheBranchAndRecordsThePreviousOne() throws Exception {
        JsonNode draft = parse(call("POST", "/cost_adjustments", write("b-riyadh-1", "i-oil-5l", "30.5", 1)));
        String id = draft.at("/data/id").asText();
        assertThat(draft.at("/data/items/0/pivot/previous_cost_per_unit").isNull()).isTrue();
        assertThat(sandbox.costAt("b-riyadh-1", "i-oil-5l")).isEqualByComparingTo("31.75");

        JsonNode closed = parse(call("PUT", "/cost_adjustments/" + id, write("b-riyadh-1", "i-oil-5l", "30.5", 2)));

        assertThat(closed.at("/data/status").asInt()).isEqualTo(2);
        assertThat(closed.at("/data/items/0/pivot/previous_cost_per_unit").decimalValue()).isEqualByComparingTo("31.75");
        assertThat(closed.at("/data/poster/id").asText()).isEqualTo("u-demo-1");
        assertThat(sandbox.costAt("b-riyadh-1", "i-oil-5l")).isEqualByComparingTo("30.5");
        assertThat(call("PUT", "/cost_adjustments/" + id, write("b-riyadh-1", "i-oil-5l", "1", 1)).statusCode())
                .isEqualTo(422);
        assertThat(call("DELETE", "/cost_adjustments/" + id, null).statusCode()).isEqualTo(422);
    }

    @Test
    void theTransactionsPathIsTheSameResource() throws Exception {
        String id = parse(call("POST", "/cost_adjustment_transactions", write("b-jeddah-1", "i-rice-5kg", "35", 1)))
                .at("/data/id").asText();

        assertThat(call("GET", "/cost_adjustments/" + id, null).statusCode()).isEqualTo(200);
        assertThat(call("DELETE", "/cost_adjustment_transactions/" + id, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/cost_adjustments/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void relationsAppearOnlyWhenIncluded() throws Exception {
        String id = parse(call("POST", "/cost_adjustments", write("b-jeddah-1", "i-rice-5kg", "35", 1)))
                .at("/data/id").asText();

        JsonNode bare = parse(call("GET", "/cost_adjustments/" + id, null)).get("data");
        JsonNode full = parse(call("GET", "/cost_adjustments/" + id + "?include=branch,items", null)).get("data");

        assertThat(bare.has("items")).isFalse();
        assertThat(full.at("/branch/name").asText()).isEqualTo("Jeddah Tahlia");
        assertThat(full.at("/items/0/pivot/cost_per_unit").decimalValue()).isEqualByComparingTo("35");
        assertThat(call("GET", "/cost_adjustments/" + id + "?include=secrets", null).statusCode()).isEqualTo(400);
    }

    @Test
    void listsPageAtFiftyWithLinksAndMeta() throws Exception {
        sandbox.rateLimit(100, Duration.ofMinutes(1));
        for (int i = 0; i < 51; i++) {
            call("POST", "/cost_adjustments", write("b-riyadh-1", "i-flour-25kg", "40." + i, 1));
        }

        JsonNode first = parse(call("GET", "/cost_adjustments?filter%5Bstatus%5D=1", null));
        JsonNode second = parse(call("GET", "/cost_adjustments?filter%5Bstatus%5D=1&page=2", null));

        assertThat(first.get("data")).hasSize(50);
        assertThat(first.at("/meta/last_page").asInt()).isEqualTo(2);
        assertThat(first.at("/meta/total").asInt()).isEqualTo(51);
        assertThat(first.at("/links/next").asText()).contains("page=2").contains("filter%5Bstatus%5D=1");
        assertThat(first.at("/links/prev").isNull()).isTrue();
        assertThat(second.get("data")).hasSize(1);
        assertThat(second.at("/links/next").isNull()).isTrue();
    }

    @Test
    void anUnknownFilterIsABadRequest() throws Exception {
        HttpResponse<String> response = call("GET", "/cost_adjustments?filter%5Bcolour%5D=red", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).get("message").asText()).contains("colour");
    }

    @Test
    void theRateLimitAnswers429WithRetryAfterUntilTheWindowEnds() throws Exception {
        sandbox.rateLimit(2, Duration.ofSeconds(30));

        HttpResponse<String> first = call("GET", "/whoami", null);
        call("GET", "/whoami", null);
        now.set(now.get().plusSeconds(10));
        HttpResponse<String> third = call("GET", "/whoami", null);
        now.set(now.get().plusSeconds(20));
        HttpResponse<String> fourth = call("GET", "/whoami", null);

        assertThat(first.headers().firstValue("X-RateLimit-Limit")).contains("2");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).contains("1");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).contains("20");
        assertThat(fourth.statusCode()).isEqualTo(200);
        assertThat(sandbox.rateLimitedCount()).isEqualTo(1);
    }

    @Test
    void injectedFaultsApplyOnceEachInOrder() throws Exception {
        sandbox.failNext(Fault.SERVER_ERROR, Fault.HTML, Fault.MALFORMED_JSON);

        assertThat(call("GET", "/whoami", null).statusCode()).isEqualTo(500);
        HttpResponse<String> html = call("GET", "/whoami", null);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("html"));
        assertThatThrownBy(() -> parse(call("GET", "/whoami", null))).isInstanceOf(IOException.class);
        assertThat(call("GET", "/whoami", null).statusCode()).isEqualTo(200);
    }

    @Test
    void storeThenDropKeepsTheWriteButSendsNoAnswer() {
        sandbox.failNext(Fault.STORE_THEN_DROP);

        assertThatThrownBy(() -> call("POST", "/cost_adjustments", write("b-riyadh-1", "i-oil-5l", "30", 1)))
                .isInstanceOf(IOException.class);
        assertThat(sandbox.adjustmentCount()).isEqualTo(1);
        assertThat(sandbox.received()).extracting(SandboxRequest::status).containsExactly(0);
    }

    @Test
    void levelsListOnHandAndCostPerBranch() throws Exception {
        JsonNode levels = parse(call("GET", "/inventory_levels/b-jeddah-1", null));

        assertThat(levels.get("data")).hasSize(5);
        assertThat(levels.at("/data/0/pivot/quantity").decimalValue()).isEqualByComparingTo("80");
        assertThat(call("GET", "/inventory_levels/b-nowhere", null).statusCode()).isEqualTo(404);
    }
}
