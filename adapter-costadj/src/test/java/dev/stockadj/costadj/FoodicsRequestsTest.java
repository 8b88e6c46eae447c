package dev.stockadj.costadj;

import dev.stockadj.core.testing.ManualClock;
import java.time.Instant;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.ItemResolution;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What the adapter sends: paths, headers, exact JSON, query parameters and paging. */
class FoodicsRequestsTest {
    static final String KEY = "sa1-0123456789abcdef01234567";
    static final String ADJUSTMENT = """
            {"data": {"id": "ca-1", "business_date": "2026-05-18", "reference": "%s", "status": %d,
             "notes": "May costs [%s]", "branch": {"id": "b-riyadh-1"},
             "items": [{"id": "i-flour-25kg", "pivot": {"cost_per_unit": 44.125, "previous_cost_per_unit": %s}}]}}
            """;

    private final MockWebServer server = new MockWebServer();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-05-18T08:00:00Z"));
    private FoodicsAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        if (adapter != null) {
            adapter.close();
        }
        server.shutdown();
    }

    private FoodicsAdapter adapter(FoodicsSettings settings) {
        adapter = FoodicsAdapter.create(settings, clock);
        return adapter;
    }

    private FoodicsSettings settings() {
        return FoodicsSettings.defaults(server.url("/v5").uri(), new Secret("tok-123"))
                .withCreatorId(new UserId("u-demo-1"));
    }

    static CostAdjustmentDraft draft(CostAdjustmentStatus status) {
        return new CostAdjustmentDraft(new LocationId("b-riyadh-1"), LocalDate.of(2026, 5, 18), status, "May costs",
                Optional.of(KEY),
                List.of(new CostItem(new ItemId("i-flour-25kg"), UnitCost.of("44.125")),
                        new CostItem(new ItemId("i-oil-5l"), UnitCost.of("1E+1"))));
    }

    static MockResponse adjustment(int status, String previous) {
        return new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(ADJUSTMENT.formatted(KEY, status, KEY, previous));
    }

    @Test
    void createPostsTheWholeDraftAsExactJsonWithTheKeyInReferenceAndNotes() throws Exception {
        server.enqueue(adjustment(1, "null"));

        CostAdjustment created = adapter(settings()).create(draft(CostAdjustmentStatus.DRAFT));

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v5/cost_adjustments");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tok-123");
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"business_date\":\"2026-05-18\",\"status\":1,"
                + "\"reference\":\"" + KEY + "\",\"notes\":\"May costs [" + KEY + "]\",\"branch_id\":\"b-riyadh-1\","
                + "\"creator_id\":\"u-demo-1\",\"items\":[{\"id\":\"i-flour-25kg\",\"cost_per_unit\":44.125},"
                + "{\"id\":\"i-oil-5l\",\"cost_per_unit\":10}]}");
        assertThat(created.id()).isEqualTo(new CostAdjustmentId("ca-1"));
        assertThat(created.status()).isEqualTo(CostAdjustmentStatus.DRAFT);
        assertThat(created.items().get(0).previousCostPerUnit()).isEmpty();
    }

    @Test
    void createClosedSendsStatusTwoAndTheCreatorAsPoster() throws Exception {
        server.enqueue(adjustment(2, "42.5"));

        CostAdjustment created = adapter(settings()).create(draft(CostAdjustmentStatus.CLOSED));

        String body = server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
        assertThat(body).contains("\"status\":2").contains("\"poster_id\":\"u-demo-1\"");
        assertThat(created.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(created.items().get(0).previousCostPerUnit()).contains(UnitCost.of("42.5"));
    }

    @Test
    void theResourcePathComesFromTheSettings() throws Exception {
        server.enqueue(adjustment(1, "null"));
        server.enqueue(adjustment(1, "null"));

        FoodicsAdapter custom = adapter(settings().withResourcePath("/cost_adjustment_transactions"));
        custom.create(draft(CostAdjustmentStatus.DRAFT));
        custom.get(new CostAdjustmentId("ca-1"));

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/v5/cost_adjustment_transactions");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath())
                .isEqualTo("/v5/cost_adjustment_transactions/ca-1?include=branch%2Citems");
    }

    @Test
    void theCreatorIsAskedOfWhoamiOnceWhenNotConfigured() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"data\": {\"id\": \"u-from-whoami\", \"name\": \"Me\"}}"));
        server.enqueue(adjustment(1, "null"));
        server.enqueue(adjustment(1, "null"));
        FoodicsAdapter asking = adapter(FoodicsSettings.defaults(server.url("/v5").uri(), new Secret("tok-123")));

        asking.create(draft(CostAdjustmentStatus.DRAFT));
        asking.create(draft(CostAdjustmentStatus.DRAFT));

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/v5/whoami");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8())
                .contains("\"creator_id\":\"u-from-whoami\"");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/v5/cost_adjustments");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void updatePutsTheWholeObject() throws Exception {
        server.enqueue(adjustment(1, "null"));

        adapter(settings()).update(new CostAdjustmentId("ca-1"), draft(CostAdjustmentStatus.DRAFT));

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getPath()).isEqualTo("/v5/cost_adjustments/ca-1");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"business_date\":\"2026-05-18\",\"status\":1,"
                + "\"reference\":\"" + KEY + "\",\"notes\":\"May costs [" + KEY + "]\",\"branch_id\":\"b-riyadh-1\","
                + "\"creator_id\":\"u-demo-1\",\"items\":[{\"id\":\"i-flour-25kg\",\"cost_per_unit\":44.125},"
                + "{\"id\":\"i-oil-5l\",\"cost_per_unit\":10}]}");
    }

    @Test
    void closeReadsTheDraftAndWritesItBackWithStatusTwo() throws Exception {
        server.enqueue(adjustment(1, "null"));
        server.enqueue(adjustment(2, "42.5"));

        CostAdjustment closed = adapter(settings()).close(new CostAdjustmentId("ca-1"));

        RecordedRequest read = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(read.getMethod()).isEqualTo("GET");
        RecordedRequest write = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(write.getMethod()).isEqualTo("PUT");
        assertThat(write.getBody().readUtf8()).isEqualTo("{\"business_date\":\"2026-05-18\",\"status\":2,"
                + "\"reference\":\"" + KEY + "\",\"notes\":\"May costs [" + KEY + "]\",\"branch_id\":\"b-riyadh-1\","
                + "\"creator_id\":\"u-demo-1\",\"poster_id\":\"u-demo-1\","
                + "\"items\":[{\"id\":\"i-flour-25kg\",\"cost_per_unit\":44.125}]}");
        assertThat(closed.items().get(0).previousCostPerUnit()).contains(UnitCost.of("42.50"));
    }

    @Test
    void closingADraftMadeElsewhereWritesItsOwnReferenceBack() throws Exception {
        String theirs = ADJUSTMENT.formatted("PO-77", 1, "none", "null").replace("May costs [none]", "back office");
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(theirs));
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(theirs.replace("\"status\": 1", "\"status\": 2")));

        adapter(settings()).close(new CostAdjustmentId("ca-1"));

        server.takeRequest(1, TimeUnit.SECONDS);
        String written = server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
        assertThat(written).contains("\"reference\":\"PO-77\"", "\"notes\":\"back office\"");
    }

    @Test
    void closingAClosedAdjustmentSendsNoWrite() throws Exception {
        server.enqueue(adjustment(2, "42.5"));

        CostAdjustment closed = adapter(settings()).close(new CostAdjustmentId("ca-1"));

        assertThat(closed.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deleteSendsDeleteToTheAdjustment() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        adapter(settings()).delete(new CostAdjustmentId("ca-1"));

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getPath()).isEqualTo("/v5/cost_adjustments/ca-1");
    }

    @Test
    void listSendsEveryFilterAndFollowsMetaToTheLastPage() throws Exception {
        String page = """
                {"data": [%s], "links": {"next": %s}, "meta": {"current_page": %d, "last_page": 2, "per_page": 50}}
                """;
        String one = ADJUSTMENT.formatted(KEY, 1, KEY, "null").strip();
        String item = one.substring("{\"data\": ".length(), one.length() - 1);
        server.enqueue(new MockResponse().setBody(page.formatted(item, "\"http://elsewhere/?page=2\"", 1)));
        server.enqueue(new MockResponse().setBody(page.formatted(item.replace("ca-1", "ca-2"), "null", 2)));
        CostAdjustmentFilter filter = new CostAdjustmentFilter(Optional.of(new CostAdjustmentId("ca-1")),
                Optional.of(LocalDate.of(2026, 5, 18)), Optional.of(LocalDate.of(2026, 5, 1)),
                Optional.of(LocalDate.of(2026, 5, 31)), Optional.of(KEY), Optional.of(CostAdjustmentStatus.CLOSED),
                Optional.of(new LocationId("b-riyadh-1")), Optional.of(new UserId("u-demo-1")),
                Optional.of(new UserId("u-demo-2")), Optional.of(LocalDate.of(2026, 5, 2)),
                Optional.of(LocalDate.of(2026, 5, 3)), Optional.of(LocalDate.of(2026, 5, 4)));

        List<CostAdjustment> all = adapter(settings()).list(filter);

        assertThat(all).extracting(a -> a.id().value()).containsExactly("ca-1", "ca-2");
        HttpUrl first = server.takeRequest(1, TimeUnit.SECONDS).getRequestUrl();
        assertThat(first.encodedPath()).isEqualTo("/v5/cost_adjustments");
        assertThat(first.queryParameter("filter[id]")).isEqualTo("ca-1");
        assertThat(first.queryParameter("filter[business_date]")).isEqualTo("2026-05-18");
        assertThat(first.queryParameter("filter[business_date_after]")).isEqualTo("2026-05-01");
        assertThat(first.queryParameter("filter[business_date_before]")).isEqualTo("2026-05-31");
        assertThat(first.queryParameter("filter[reference]")).isEqualTo(KEY);
        assertThat(first.queryParameter("filter[status]")).isEqualTo("2");
        assertThat(first.queryParameter("filter[branch_id]")).isEqualTo("b-riyadh-1");
        assertThat(first.queryParameter("filter[creator_id]")).isEqualTo("u-demo-1");
        assertThat(first.queryParameter("filter[poster_id]")).isEqualTo("u-demo-2");
        assertThat(first.queryParameter("filter[updated_after]")).isEqualTo("2026-05-02");
        assertThat(first.queryParameter("filter[created_on]")).isEqualTo("2026-05-03");
        assertThat(first.queryParameter("filter[updated_on]")).isEqualTo("2026-05-04");
        assertThat(first.queryParameter("include")).isEqualTo("branch,items");
        assertThat(first.queryParameter("page")).isEqualTo("1");
        HttpUrl second = server.takeRequest(1, TimeUnit.SECONDS).getRequestUrl();
        assertThat(second.host()).isEqualTo(first.host());
        assertThat(second.queryParameter("page")).isEqualTo("2");
        assertThat(second.queryParameter("filter[reference]")).isEqualTo(KEY);
    }

    @Test
    void skusAreResolvedInOneCommaSeparatedRequestAndMatchedExactly() throws Exception {
        server.enqueue(new MockResponse().setBody("""
                {"data": [{"id": "i-flour-25kg", "sku": "FLOUR-25KG"}, {"id": "i-flour-50kg", "sku": "FLOUR-25KG-X"},
                          {"id": "i-oil-5l", "sku": "OIL-5L"}],
                 "meta": {"current_page": 1, "last_page": 1}}
                """));

        ItemResolution resolution = adapter(settings()).resolve(Set.of(new Sku("OIL-5L"),
                new Sku("FLOUR-25KG"), new Sku("NOPE")));

        assertThat(server.getRequestCount()).isEqualTo(1);
        HttpUrl url = server.takeRequest(1, TimeUnit.SECONDS).getRequestUrl();
        assertThat(url.encodedPath()).isEqualTo("/v5/inventory_items");
        assertThat(url.queryParameter("filter[sku]")).isEqualTo("FLOUR-25KG,NOPE,OIL-5L");
        assertThat(resolution.found()).containsEntry(new Sku("FLOUR-25KG"),
                new ItemId("i-flour-25kg")).containsEntry(new Sku("OIL-5L"), new ItemId("i-oil-5l"))
                .hasSize(2);
        assertThat(resolution.unknown()).containsExactly(new Sku("NOPE"));
    }

    @Test
    void aSearchByReferenceKeepsOnlyExactMatchesThoughTheVendorMatchesPartially() throws Exception {
        String other = "sa1-0123456789abcdef0123456f";
        String exact = ADJUSTMENT.formatted(KEY, 1, KEY, "null").strip();
        String near = ADJUSTMENT.formatted(other, 1, other, "null").replace("ca-1", "ca-9").strip();
        server.enqueue(new MockResponse().setBody("{\"data\": [" + exact.substring(9, exact.length() - 1) + ", "
                + near.substring(9, near.length() - 1) + "], \"meta\": {\"current_page\": 1, \"last_page\": 1}}"));

        List<CostAdjustment> found = adapter(settings()).list(CostAdjustmentFilter.none().withReference(KEY));

        assertThat(found).extracting(a -> a.id().value()).containsExactly("ca-1");
    }
}
