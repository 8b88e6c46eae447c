package dev.stockadj.aolib.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sandbox holding 40,000 lots of one item lists its stock page by page with each lot's expiry. Each stock row
 * used to copy the whole map of expiries (40,000 rows × 40,000 entries a page); the time-out, on a thread of its own,
 * guards against that coming back and is not a measurement.
 */
class ManyLotsListingTest {
    private static final int LOTS = 40_000;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fortyThousandLotsListTheirStockWithTheirExpiries() throws Exception {
        List<OrderTimeState.Position> stock = new ArrayList<>();
        List<OrderTimeState.LotExpiry> lots = new ArrayList<>();
        for (int i = 0; i < LOTS; i++) {
            String lot = String.format("L%06d", i);
            stock.add(new OrderTimeState.Position(OrderTimeSeed.SALINE, OrderTimeSeed.HQ, 0, lot, BigDecimal.ONE));
            lots.add(new OrderTimeState.LotExpiry(OrderTimeSeed.SALINE, lot, "2027-03-31"));
        }
        Path state = folder.resolve("ordertime.json");
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper();
        json.writeValue(state.toFile(), new OrderTimeState(OrderTimeState.VENDOR, OrderTimeState.FORMAT, stock, lots,
                List.of(), 1001));

        try (OrderTimeSandbox sandbox = OrderTimeSandbox.start(0, state)) {
            List<String> expiries = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(sandbox.baseUrl() + "/list"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"Type\":1110,\"NumberOfRecords\":1000,"
                                + "\"PageNumber\":" + page + "}"))
                        .header("Content-Type", "application/json").header("apiKey", OrderTimeSeed.API_KEY)
                        .header("email", OrderTimeSeed.EMAIL).header("password", OrderTimeSeed.PASSWORD).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                JsonNode rows = json.readTree(answer.body());
                rows.forEach(row -> {
                    if (row.has("LotOrSerialNo")) {
                        expiries.add(row.path("ExpirationDate").asText());
                    }
                });
            }

            assertThat(expiries).as("a lot's stock row carries its expiry").hasSizeGreaterThan(2_900)
                    .allSatisfy(expires -> assertThat(expires).startsWith("2027-03-31"));
        }
    }
}
