package dev.stockadj.aolib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.vendor.AccountsPerDocument;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.VendorProtocolError;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Book quantities for a large count: item ids in chunks, each read in pages of 1000 until a short page ends it. */
class CatalogPagingTest {

    private static final int ITEMS = 1500;
    private static final List<String> LOTS = List.of("A", "B", "C");
    private final ObjectMapper json = OrderTimeMapper.json();
    private final List<JsonNode> pages = new CopyOnWriteArrayList<>();
    private MockWebServer server;
    private OrderTimeAdapter adapter;
    private volatile boolean ignoresPageNumber;
    private final List<String> methods = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    methods.add(request.getMethod());
                    JsonNode query = json.readTree(request.getBody().readUtf8());
                    List<String> rows = ids(query).stream().flatMap(id -> LOTS.stream().map(lot ->
                            "{\"ItemRef\":{\"Id\":" + id + "},\"LotOrSerialNo\":\"" + lot + "\",\"Quantity\":1}"))
                            .toList();
                    pages.add(query);
                    int size = query.get("NumberOfRecords").asInt();
                    int from = ignoresPageNumber ? 0 : (query.get("PageNumber").asInt() - 1) * size;
                    return new MockResponse().setBody(rows.stream().skip(from).limit(size)
                            .collect(Collectors.joining(",", "[", "]")));
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(400);
                }
            }
        });
        server.start();
        adapter = OrderTimeAdapter.create(Fixtures.settings(server.url("/api").uri(), new Secret("k"), "e@x.example",
                new Secret("p")));
    }

    @AfterEach
    void stop() throws IOException {
        adapter.close();
        server.shutdown();
    }

    /** An "in" filter's values: one comma-delimited string, as Order Time documents it. */
    private static List<String> ids(JsonNode query) {
        JsonNode values = query.get("Filters").get(0).get("FilterValueArray");
        assertThat(values.isTextual()).as("FilterValueArray is a comma-delimited string").isTrue();
        return List.of(values.asText().split(","));
    }

    @Test
    void readsEveryItemOfALargeCountInPagesOfAtMostAThousand() {
        Set<ItemId> items = IntStream.rangeClosed(1, ITEMS).mapToObj(Fixtures::item).collect(Collectors.toSet());

        var book = adapter.read(Fixtures.HQ, items);

        assertThat(book.quantities()).hasSize(ITEMS * LOTS.size());
        assertThat(book.of(Fixtures.at(1234, null, "C"))).isEqualTo(Quantity.of(1));
        assertThat(pages).extracting(p -> p.get("PageNumber").asInt()).containsExactly(1, 2, 1, 2, 1, 2);
        assertThat(pages).allSatisfy(p -> assertThat(p.get("NumberOfRecords").asInt()).isLessThanOrEqualTo(1000));
        assertThat(pages).allSatisfy(p -> assertThat(ids(p)).hasSizeLessThanOrEqualTo(Queries.MAX_IN_VALUES));
        assertThat(methods).as("three chunks of two pages, the second short: no count asked").hasSize(6)
                .containsOnly("POST");
    }

    /** A list whose every page is the first cannot be read whole: a protocol error, not a list cut short or endless. */
    @Test
    void aVendorThatIgnoresThePageNumberIsAProtocolError() {
        ignoresPageNumber = true;
        Set<ItemId> items = IntStream.rangeClosed(1, 400).mapToObj(Fixtures::item).collect(Collectors.toSet());

        assertThatThrownBy(() -> adapter.read(Fixtures.HQ, items)).isInstanceOf(VendorProtocolError.class)
                .hasMessageContaining("does not page");
        assertThat(methods).hasSize(2);
    }

    @Test
    void declaresOrderTimesCapabilities() {
        var capabilities = adapter.capabilities();

        assertThat(capabilities.vendor().value()).isEqualTo("ordertime");
        assertThat(capabilities.quantityMode()).isEqualTo(QuantityMode.DELTA);
        assertThat(capabilities.accountsPerDocument()).isEqualTo(AccountsPerDocument.SINGLE);
        assertThat(capabilities.maxLinesPerDocument()).isEqualTo(OrderTimeSettings.DEFAULT_MAX_LINES);
        assertThat(capabilities.binsAndLots()).isTrue();
        assertThat(capabilities.separateDetailedLines()).isTrue();
        assertThat(capabilities.costOnlyCorrections()).isFalse();
        assertThat(capabilities.readBack()).isEqualTo(ReadBack.BY_SEARCH);
        assertThat(capabilities.delete()).isTrue();
    }
}
