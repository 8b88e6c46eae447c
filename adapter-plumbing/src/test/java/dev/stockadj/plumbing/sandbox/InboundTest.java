package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundTest {
    private static Inbound request(Map<String, String> query, Map<String, String> headers) {
        return new Inbound("GET", "/adjustment", query, headers, "{\"a\":1}".getBytes(), Instant.EPOCH, Map.of());
    }

    @Test
    void findsHeadersIgnoringCaseAsHttpNamesAre() {
        Inbound request = request(Map.of(), Map.of("Api-key", "k"));

        assertThat(request.header("API-KEY")).contains("k");
        assertThat(request.header("api-key")).contains("k");
        assertThat(request.header("Authorization")).isEmpty();
    }

    @Test
    void keepsTheQueryInOrderAndFindsANameIgnoringCaseOnlyWhenAsked() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("docNo", "1001");
        query.put("q[sku_eq]", "A B");
        Inbound request = request(query, Map.of());

        assertThat(request.query("docno")).isEmpty();
        assertThat(request.queryIgnoringCase("DOCNO")).contains("1001");
        assertThat(request.queryText()).isEqualTo("docNo=1001&q[sku_eq]=A B");
        assertThat(request(Map.of(), Map.of()).queryText()).isEmpty();
    }

    @Test
    void readsTheBodyAsText() {
        assertThat(request(Map.of(), Map.of()).bodyText()).isEqualTo("{\"a\":1}");
    }

    @Test
    void givesTheMatchedSegmentsAndRefusesANameTheRouteLacks() {
        Inbound matched = request(Map.of(), Map.of()).withParams(Map.of("id", "88"));

        assertThat(matched.param("id")).isEqualTo("88");
        assertThatThrownBy(() -> matched.param("docNo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{docNo}");
    }
}
