package dev.stockadj.qoyod;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.PositionCount;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code track_quantity} is a boolean in the clients seen and "set to 1" in Qoyod's portal; ids and stock may come
 * as numbers or strings. Only a plain "no" stops a product from being counted: an absent or unfamiliar flag is left
 * to Qoyod's own validation, never read as "false".
 */
class TolerantProductTest {
    private static final String PRODUCTS = """
            {"products": [
              {"id": 1, "sku": "ABSENT", "inventories": [{"id": 12, "stock": "4.0"}]},
              {"id": 2, "sku": "ONE", "track_quantity": 1, "inventories": [{"id": "12", "stock": 5}]},
              {"id": 3, "sku": "TEXT", "track_quantity": "true", "inventories": []},
              {"id": 4, "sku": "ZERO", "track_quantity": 0},
              {"id": 5, "sku": "FALSE", "track_quantity": false},
              {"id": 6, "sku": "NULL", "track_quantity": null, "inventories": [{"id": 12, "stock": "1.5"}]}
            ]}""";

    private static MockWebServer qoyod() throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getPath().contains("page=1&") ? new MockResponse().setBody(PRODUCTS)
                        : new MockResponse().setResponseCode(404).setBody("Sorry, we found nothing.");
            }
        });
        server.start();
        return server;
    }

    @Test
    void onlyAPlainNoKeepsAProductFromBeingCounted() throws IOException {
        try (MockWebServer server = qoyod(); QoyodAdapter adapter = QoyodAdapter.create(
                QoyodSettings.defaults(server.url("/2.0").uri(), new Secret("k")))) {
            List<PositionCount> positions = IntStream.rangeClosed(1, 6).mapToObj(n ->
                    new PositionCount(Position.of(new ItemId(Integer.toString(n))), List.of(n), Quantity.of(1))).toList();

            List<Problem> problems = adapter.verifyPositions(new LocationId("12"), positions);

            assertThat(problems).extracting(Problem::line).containsExactly(4, 5);
            assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("does not track its quantity"));
        }
    }

    @Test
    void readsStockOfProductsWhoseFlagIsAbsentOrNotABoolean() throws IOException {
        try (MockWebServer server = qoyod(); QoyodAdapter adapter = QoyodAdapter.create(
                QoyodSettings.defaults(server.url("/2.0").uri(), new Secret("k")))) {
            var book = adapter.read(new LocationId("12"), IntStream.rangeClosed(1, 6)
                    .mapToObj(n -> new ItemId(Integer.toString(n))).collect(java.util.stream.Collectors.toSet()));

            assertThat(book.of(Position.of(new ItemId("1")))).isEqualTo(Quantity.of(4));
            assertThat(book.of(Position.of(new ItemId("2")))).isEqualTo(Quantity.of(5));
            assertThat(book.of(Position.of(new ItemId("3")))).isEqualTo(Quantity.ZERO);
            assertThat(book.of(Position.of(new ItemId("6")))).isEqualTo(Quantity.of("1.5"));
        }
    }
}
