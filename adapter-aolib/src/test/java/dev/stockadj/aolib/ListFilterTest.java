package dev.stockadj.aolib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.aolib.dto.ListFilter;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ItemResolution;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "When using the In or Not In operators, the FilterValueArray property should contain a comma delimited string of
 * values" (help.ordertime.com): an "in" filter is one string, and a SKU that holds a comma is asked for on its own.
 */
class ListFilterTest {
    private final ObjectMapper json = OrderTimeMapper.json();

    @Test
    void anInFilterIsOneCommaDelimitedString() {
        JsonNode filter = json.valueToTree(ListFilter.in("Id", List.of("37", "5")));

        assertThat(filter.toString()).isEqualTo("{\"PropertyName\":\"Id\",\"Operator\":8,\"FilterValueArray\":\"37,5\"}");
        assertThatThrownBy(() -> ListFilter.in("Name", List.of("BOLT, M8"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListFilter.in("Name", List.of(" PADDED"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSkuWithACommaIsResolvedByAnEqualFilterOfItsOwn() throws IOException {
        List<JsonNode> queries = new CopyOnWriteArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    try {
                        JsonNode query = json.readTree(request.getBody().readUtf8());
                        queries.add(query);
                        JsonNode filter = query.get("Filters").get(0);
                        String rows = switch (filter.get("Operator").asInt()) {
                            case ListFilter.IN -> "[{\"Id\":45,\"Name\":\"GASKET-10\"}]";
                            case ListFilter.EQUAL -> "[{\"Id\":46,\"Name\":\"BOLT, M8\"}]";
                            default -> "[]";
                        };
                        return new MockResponse().setBody("PUT".equals(request.getMethod()) ? "1" : rows);
                    } catch (IOException e) {
                        return new MockResponse().setResponseCode(400);
                    }
                }
            });
            try (OrderTimeAdapter adapter = OrderTimeAdapter.create(Fixtures.settings(server.url("/api").uri(),
                    new Secret("k"), "e@x.example", new Secret("p")))) {
                ItemResolution resolution = adapter.resolve(Set.of(new Sku("GASKET-10"), new Sku("BOLT, M8")));

                assertThat(resolution.found()).containsEntry(new Sku("GASKET-10"), new ItemId("45"))
                        .containsEntry(new Sku("BOLT, M8"), new ItemId("46"));
                assertThat(resolution.unknown()).isEmpty();
            }
        }
        assertThat(queries).extracting(q -> q.get("Filters").get(0).get("FilterValueArray").asText())
                .contains("GASKET-10", "BOLT, M8");
        assertThat(queries).allSatisfy(q -> assertThat(q.get("Filters").get(0).get("FilterValueArray").isTextual()).isTrue());
    }
}
