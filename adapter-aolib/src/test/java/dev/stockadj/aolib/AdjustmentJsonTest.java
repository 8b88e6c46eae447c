package dev.stockadj.aolib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.stockadj.aolib.dto.Adjustment;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.PostedDocument;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What goes over the wire, captured by a mock server: the vendor document's sample adjustment,
 * the {@code /list} queries, and the credential headers. The sample differs from ours only where
 * the vendor's own sample is wrong or read-only: its second line's {@code ReceiverLineItem} type,
 * {@code LineNo}, detail {@code Id} and {@code StatusRef} are not sent.
 */
class AdjustmentJsonTest {

    private static final Secret API_KEY = new Secret("key-123");
    private static final Secret PASSWORD = new Secret("pw-456");
    private final ObjectMapper json = OrderTimeMapper.json();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private MockWebServer server;
    private OrderTimeAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().readUtf8();
                requests.add(request);
                bodies.add(body);
                return answer(request, body);
            }
        });
        server.start();
        adapter = OrderTimeAdapter.create(Fixtures.settings(server.url("/api").uri(), API_KEY, "me@shop.example",
                PASSWORD));
    }

    @AfterEach
    void stop() throws IOException {
        adapter.close();
        server.shutdown();
    }

    private static MockResponse answer(RecordedRequest request, String body) {
        if ("PUT".equals(request.getMethod())) {
            return new MockResponse().setBody("1");
        }
        if (request.getPath().startsWith("/api/adjustment")) {
            return new MockResponse().setBody("{\"DocNo\": 77, \"Memo\": \"x\"}");
        }
        if (body.contains("\"Type\":115")) {
            return new MockResponse().setBody("[{\"Id\":37,\"Name\":\"LOT-37\",\"TrackLotOrSerial\":true}]");
        }
        if (body.contains("\"Type\":1100")) {
            return new MockResponse().setBody("[{\"Id\":8980,\"ItemRef\":{\"Id\":37},\"LotOrSerialNo\":\"1253215235\","
                    + "\"ExpirationDate\":\"2029-01-31\"}]");
        }
        if (body.contains("\"Type\":151")) {
            return new MockResponse().setBody("[{\"Id\":8,\"Name\":\"Floor\",\"LocationRef\":{\"Id\":10}}]");
        }
        if (body.contains("\"Type\":1110")) {
            return new MockResponse().setBody("[{\"ItemRef\":{\"Id\":37},\"BinRef\":{\"Id\":8,\"Name\":\"Floor\"},"
                    + "\"LotOrSerialNo\":\"1253215235\",\"Quantity\":2.50},"
                    + "{\"ItemRef\":{\"Id\":5},\"BinRef\":{\"Id\":0,\"Name\":null},\"LotOrSerialNo\":\"\",\"Available\":3}]");
        }
        return new MockResponse().setResponseCode(404);
    }

    @Test
    void postsTheVendorSampleAsExactJsonWithCredentialHeaders() throws IOException {
        PlannedLine bin = Fixtures.line(Fixtures.at(30, "Floor", null), "10", "12");
        PlannedLine lot = Fixtures.line(Fixtures.at(37, "Floor", "1253215235"), "0", "1");
        var document = Fixtures.document(0, new IdempotencyKey("sa1-0123456789abcdef01234567"),
                LocalDate.of(2018, 11, 5), List.of(bin, lot));

        PostedDocument posted = adapter.post(document);

        RecordedRequest post = requests.stream().filter(r -> r.getPath().equals("/api/adjustment")).findFirst()
                .orElseThrow();
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getHeader("apiKey")).isEqualTo("key-123");
        assertThat(post.getHeader("email")).isEqualTo("me@shop.example");
        assertThat(post.getHeader("password")).isEqualTo("pw-456");
        assertThat(post.getHeader("DevKey")).isNull();
        assertThat(post.getHeader("Content-Type")).startsWith("application/json");
        String sent = bodies.get(requests.indexOf(post));
        assertThat(json.readTree(sent)).as("the lot's expiry read from its record, as the seed requires")
                .isEqualTo(sample());
        String lots = bodies.stream().filter(b -> b.contains("\"Type\":1100")).findFirst().orElseThrow();
        assertThat(json.readTree(lots)).isEqualTo(json.readTree("""
                {"Type":1100,
                 "Filters":[{"PropertyName":"ItemRef.Id","Operator":8,"FilterValueArray":"37"},
                            {"PropertyName":"LotOrSerialNo","Operator":8,"FilterValueArray":"1253215235"}],
                 "Sortation":{"PropertyName":"Id","Direction":1},
                 "PageNumber":1,"NumberOfRecords":1000}"""));
        assertThat(posted.id().value()).isEqualTo("77");
        assertThat(posted.response()).contains("\"DocNo\": 77");
    }

    @Test
    void readsBookQuantitiesThroughOneListQueryForExactlyTheItems() throws IOException {
        var book = adapter.read(Fixtures.HQ, Set.of(Fixtures.item(37), Fixtures.item(5)));

        assertThat(book.of(Fixtures.at(37, "Floor", "1253215235"))).isEqualTo(Quantity.of("2.5"));
        assertThat(book.of(Fixtures.at(5, null, null))).as("an empty bin and lot name none").isEqualTo(Quantity.of(3));
        assertThat(requests).extracting(RecordedRequest::getMethod).as("a short page ends the list: no count first")
                .containsExactly("POST");
        JsonNode query = json.readTree(bodies.get(0));
        assertThat(query).isEqualTo(json.readTree("""
                {"Type":1110,
                 "Filters":[{"PropertyName":"ItemRef.Id","Operator":8,"FilterValueArray":"37,5"},
                            {"PropertyName":"LocationRef.Id","Operator":1,"FilterValueArray":"10"}],
                 "Sortation":{"PropertyName":"ItemRef.Id","Direction":1},
                 "PageNumber":1,"NumberOfRecords":1000}"""));
    }

    @Test
    void writesDecimalsPlainAndOmitsAZeroCost() throws IOException {
        PlannedLine costed = new PlannedLine(Fixtures.at(30, null, null), List.of(1), Quantity.of("0"),
                Quantity.of("1E+3"), Optional.of(dev.stockadj.core.model.UnitCost.of("0.1250")), Optional.empty());
        PlannedLine free = new PlannedLine(Fixtures.at(31, null, null), List.of(2), Quantity.of("0"),
                Quantity.of("0.5"), Optional.of(dev.stockadj.core.model.UnitCost.of("0")), Optional.empty());

        adapter.post(Fixtures.document(costed, free));

        String sent = bodies.get(bodies.size() - 1);
        assertThat(sent).contains("\"Quantity\":1000", "\"Cost\":0.125", "\"Quantity\":0.5").doesNotContain("E+");
        assertThat(json.readTree(sent).get("LineItems").get(1).has("Cost")).isFalse();
    }

    @Test
    void aMissingEndpointIsAProtocolErrorNotAMissingDocument() {
        try (var misconfigured = OrderTimeAdapter.create(Fixtures.settings(server.url("/wrong").uri(), API_KEY,
                "me@shop.example", PASSWORD))) {
            var document = Fixtures.document(Fixtures.line(Fixtures.at(30, null, null), "0", "1"));

            assertThatThrownBy(() -> misconfigured.post(document))
                    .isInstanceOf(dev.stockadj.core.port.out.VendorProtocolError.class)
                    .hasMessageContaining("check the base URL");
        }
    }

    @Test
    void refusesToReadALineItemOfAnotherType() {
        String receiver = "{\"AccountRef\":{\"Id\":1},\"LocationRef\":{\"Id\":1},\"Date\":\"2018-11-05T00:00:00\","
                + "\"LineItems\":[{\"$type\":\"AOLib7.ReceiverLineItem, AOLib7\",\"ItemRef\":{\"Id\":1},\"Quantity\":1}]}";

        assertThatThrownBy(() -> json.readValue(receiver, Adjustment.class)).isInstanceOf(InvalidTypeIdException.class);
    }

    private JsonNode sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ordertime-sample-adjustment.json")) {
            return json.readTree(in);
        }
    }

}
