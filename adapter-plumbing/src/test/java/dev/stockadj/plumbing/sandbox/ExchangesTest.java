package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangesTest {
    @Test
    void decodesNamesAndValuesAndKeepsTheirOrder() {
        assertThat(Exchanges.query("q%5Bsku_eq%5D=WID-B&page=2&flag&name=a%20b+c"))
                .containsExactly(java.util.Map.entry("q[sku_eq]", "WID-B"), java.util.Map.entry("page", "2"),
                        java.util.Map.entry("flag", ""), java.util.Map.entry("name", "a b c"));
        assertThat(Exchanges.query(null)).isEmpty();
        assertThat(Exchanges.query("")).isEmpty();
    }

    @Test
    void aPathIsUnderTheRootOnlyAtASegmentBoundary() {
        assertThat(Exchanges.underRoot("/v5", "/v5")).isTrue();
        assertThat(Exchanges.underRoot("/v5/whoami", "/v5")).isTrue();
        assertThat(Exchanges.underRoot("/v50/whoami", "/v5")).isFalse();
        assertThat(Exchanges.underRoot("/anything", "")).isTrue();
    }

    @Test
    void readsWhatArrivedAndWritesTheAnswerBack() throws Exception {
        Routes routes = new Routes().on("POST", "/echo/{id}", r -> Answer.json(201, "{\"id\":\"" + r.param("id")
                + "\",\"q\":\"" + r.queryText() + "\",\"body\":" + r.bodyText() + ",\"key\":\""
                + r.header("x-key").orElse("") + "\"}").withHeader("Location", "/echo/" + r.param("id")));
        try (SandboxServer server = SandboxServer.start("test", 0, SandboxHandler.under("/api", routes).build())) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url("/api") + "/echo/7?a=%C3%A9")).header("X-Key", "k")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo("{\"id\":\"7\",\"q\":\"a=é\",\"body\":{\"n\":1},\"key\":\"k\"}");
            assertThat(answer.headers().firstValue("Location")).contains("/echo/7");
            assertThat(answer.headers().firstValue("Content-Type")).contains(Answer.JSON);
        }
    }

    @Test
    void anEmptyAnswerHasNoBodyAndNoContentType() throws Exception {
        Routes routes = new Routes().on("DELETE", "/a", r -> Answer.empty(204));
        try (SandboxServer server = SandboxServer.start("test", 0, SandboxHandler.under("", routes).build())) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url("") + "/a")).DELETE().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(204);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.headers().firstValue("Content-Type")).isEmpty();
        }
    }
}
