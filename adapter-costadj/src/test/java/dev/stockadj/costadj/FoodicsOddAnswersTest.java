package dev.stockadj.costadj;

import dev.stockadj.core.testing.ManualClock;
import java.time.Instant;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answers the sandbox never gives but a vendor might: each maps to one clear failure. */
class FoodicsOddAnswersTest {
    private static final CostAdjustmentId ID = new CostAdjustmentId("ca-1");

    private final MockWebServer server = new MockWebServer();
    private FoodicsAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
        adapter = FoodicsAdapter.create(FoodicsSettings.defaults(server.url("/v5").uri(), new Secret("tok"))
                .withCreatorId(new UserId("u-1")), new ManualClock(Instant.parse("2026-05-18T08:00:00Z")));
    }

    @AfterEach
    void stop() throws IOException {
        adapter.close();
        server.shutdown();
    }

    @Test
    void dataMissingIsAProtocolError() {
        server.enqueue(new MockResponse().setBody("{\"data\": null}"));

        assertThatThrownBy(() -> adapter.get(ID)).isInstanceOf(VendorProtocolError.class);
    }

    @Test
    void anUnknownStatusIsAProtocolError() {
        server.enqueue(new MockResponse().setBody(
                "{\"data\": {\"id\": \"ca-1\", \"status\": 7, \"branch\": {\"id\": \"b\"}, \"items\": []}}"));

        assertThatThrownBy(() -> adapter.get(ID)).isInstanceOf(VendorProtocolError.class).hasMessageContaining("7");
    }

    @Test
    void aNegativeCostFromTheVendorIsAProtocolError() {
        server.enqueue(new MockResponse().setBody("{\"data\": {\"id\": \"ca-1\", \"status\": 1, \"branch\": "
                + "{\"id\": \"b\"}, \"items\": [{\"id\": \"i\", \"pivot\": {\"cost_per_unit\": -1}}]}}"));

        assertThatThrownBy(() -> adapter.get(ID)).isInstanceOf(VendorProtocolError.class);
    }

    @Test
    void aListWithoutDataIsAProtocolError() {
        server.enqueue(new MockResponse().setBody("{\"meta\": {\"current_page\": 1, \"last_page\": 1}}"));

        assertThatThrownBy(() -> adapter.list(CostAdjustmentFilter.none())).isInstanceOf(VendorProtocolError.class);
    }

    @Test
    void a422WithoutFieldErrorsIsRejectedWithItsMessage() {
        server.enqueue(new MockResponse().setResponseCode(422).setBody("{\"message\": \"Branch is closed.\"}"));

        assertThatThrownBy(() -> adapter.delete(ID)).isInstanceOfSatisfying(VendorRejected.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("", "Branch is closed.")));
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "http://example.invalid/"));

        assertThatThrownBy(() -> adapter.get(ID)).isInstanceOf(VendorProtocolError.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
