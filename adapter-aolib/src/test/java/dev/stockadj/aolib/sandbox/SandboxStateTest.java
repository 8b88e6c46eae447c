package dev.stockadj.aolib.sandbox;

import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sandbox started on a state file keeps stock, lots and adjustments from one run to the next. */
class SandboxStateTest {
    private static final String NEW_LOT = "{\"$type\":\"AOLib7.DocFillLotOrSerial, AOLib7\",\"LotOrSerialNo\":\"L9999\","
            + "\"Quantity\":5,\"ExpirationDate\":\"2028-01-31T00:00:00\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    private HttpResponse<String> send(OrderTimeSandbox sandbox, String method, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("apiKey", OrderTimeSeed.API_KEY)
                .header("email", OrderTimeSeed.EMAIL).header("password", OrderTimeSeed.PASSWORD).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int post(OrderTimeSandbox sandbox, int item, String quantity, String details) throws Exception {
        String body = "{\"AccountRef\":{\"Id\":32},\"LocationRef\":{\"Id\":10},\"Date\":\"2026-05-18T00:00:00\","
                + "\"Memo\":\"stockadj sa1-" + item + "\",\"LineItems\":[{\"$type\":\"AOLib7.AdjustmentLineItem, AOLib7\","
                + "\"ItemRef\":{\"Id\":" + item + "},\"Quantity\":" + quantity
                + (details == null ? "" : ",\"Details\":[" + details + "]") + "}]}";
        HttpResponse<String> answer = send(sandbox, "POST", "/adjustment", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("DocNo").asInt();
    }

    private static BigDecimal lotL9999(OrderTimeSandbox sandbox) {
        return sandbox.onHand(OrderTimeSeed.SALINE, OrderTimeSeed.HQ, Optional.empty(), Optional.of("L9999"));
    }

    @Test
    void aRestartedSandboxShowsEarlierAdjustmentsStockAndLotsAndHandsOutTheNextDocNo() throws Exception {
        Path state = folder.resolve("sandbox/ordertime.json");
        int newLot;
        int widgets;
        String storedAnswer;
        try (OrderTimeSandbox first = OrderTimeSandbox.start(0, state)) {
            newLot = post(first, OrderTimeSeed.SALINE, "5", NEW_LOT);
            widgets = post(first, OrderTimeSeed.WIDGET, "2", null);
            storedAnswer = first.adjustment(newLot).orElseThrow();
        }

        int third;
        try (OrderTimeSandbox second = OrderTimeSandbox.start(0, state)) {
            HttpResponse<String> read = send(second, "GET", "/adjustment?docNo=" + newLot, null);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(json.readTree(read.body())).as("answered as when it was stored").isEqualTo(json.readTree(storedAnswer));
            assertThat(lotL9999(second)).isEqualByComparingTo("5");
            assertThat(second.onHand(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ)).isEqualByComparingTo("42");
            JsonNode lots = json.readTree(send(second, "POST", "/list", "{\"Type\":1100,\"NumberOfRecords\":100}").body());
            assertThat(lots.findValuesAsText("LotOrSerialNo")).contains("L9999");

            third = post(second, OrderTimeSeed.GASKET, "-1", null);
            assertThat(third).as("the next DocNo, never one handed out before").isEqualTo(widgets + 1);
            assertThat(send(second, "DELETE", "/adjustment?docNo=" + newLot, null).body()).isEqualTo("true");
        }

        try (OrderTimeSandbox last = OrderTimeSandbox.start(0, state)) {
            assertThat(send(last, "GET", "/adjustment?docNo=" + newLot, null).statusCode()).as("deleted").isEqualTo(404);
            assertThat(lotL9999(last)).isEqualByComparingTo("0");
            assertThat(last.adjustmentCount()).isEqualTo(2);
            assertThat(last.onHand(OrderTimeSeed.GASKET, OrderTimeSeed.HQ)).isEqualByComparingTo("99");
            assertThat(post(last, OrderTimeSeed.WIDGET, "1", null)).isEqualTo(third + 1);
        }
        try (Stream<Path> files = Files.list(state.getParent())) {
            assertThat(files).as("no file written aside is left behind").containsExactly(state);
        }
    }

    @Test
    void aDeleteOfAnAdjustmentOfAnEarlierRunReversesItsMovesWithTheirBinsAndLots() throws Exception {
        Path state = folder.resolve("ordertime.json");
        String shelf = "{\"$type\":\"AOLib7.FillBin, AOLib7\",\"BinRef\":{\"Id\":9},\"Quantity\":-6}";
        int docNo;
        try (OrderTimeSandbox first = OrderTimeSandbox.start(0, state)) {
            docNo = post(first, OrderTimeSeed.PAINT, "-6", shelf);
        }
        try (OrderTimeSandbox second = OrderTimeSandbox.start(0, state)) {
            assertThat(second.onHand(OrderTimeSeed.PAINT, OrderTimeSeed.HQ, Optional.of(OrderTimeSeed.SHELF_A),
                    Optional.empty())).isEqualByComparingTo("0");
            send(second, "DELETE", "/adjustment?docNo=" + docNo, null);
            assertThat(second.onHand(OrderTimeSeed.PAINT, OrderTimeSeed.HQ, Optional.of(OrderTimeSeed.SHELF_A),
                    Optional.empty())).isEqualByComparingTo("6");
        }
    }

    @Test
    void refusedAdjustmentsAndReadsWriteNoFile() throws Exception {
        Path state = folder.resolve("ordertime.json");
        try (OrderTimeSandbox sandbox = OrderTimeSandbox.start(0, state)) {
            send(sandbox, "POST", "/list", "{\"Type\":115,\"NumberOfRecords\":100}");
            HttpResponse<String> refused = send(sandbox, "POST", "/adjustment", "{\"LineItems\":[]}");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(send(sandbox, "DELETE", "/adjustment?docNo=1001", null).statusCode()).isEqualTo(404);
        }
        assertThat(state).doesNotExist();
    }

    @Test
    void aSandboxWithoutAFileKeepsNothing() throws Exception {
        try (OrderTimeSandbox sandbox = OrderTimeSandbox.start(0)) {
            post(sandbox, OrderTimeSeed.WIDGET, "2", null);
        }
        try (OrderTimeSandbox fresh = OrderTimeSandbox.start(0)) {
            assertThat(fresh.adjustmentCount()).isZero();
            assertThat(fresh.onHand(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ)).isEqualByComparingTo("40");
        }
    }

    @Test
    void aCorruptOrForeignFileIsRefusedNamingIt() throws Exception {
        Path truncated = Files.writeString(folder.resolve("truncated.json"), "{\"vendor\":\"ordertime\",\"format\":1,\"st");
        Path foodics = Files.writeString(folder.resolve("foodics.json"), "{\"vendor\":\"foodics\",\"format\":1}");
        Path empty = Files.writeString(folder.resolve("empty.json"), "");

        assertThatThrownBy(() -> OrderTimeSandbox.start(0, truncated)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining(truncated.toString()).hasMessageNotContaining("\n");
        assertThatThrownBy(() -> OrderTimeSandbox.start(0, foodics)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining("not an Order Time sandbox's state");
        assertThatThrownBy(() -> OrderTimeSandbox.start(0, empty)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining(empty.toString());
    }

    @Test
    void anAdjustmentThatCannotBeSavedIsAnsweredAsAServerError() throws Exception {
        Path stateFolder = Files.createDirectories(folder.resolve("sandbox"));
        try (OrderTimeSandbox sandbox = OrderTimeSandbox.start(0, stateFolder.resolve("ordertime.json"))) {
            Files.delete(stateFolder);
            Files.writeString(stateFolder, "a file where the state's folder was");

            HttpResponse<String> answer = send(sandbox, "POST", "/adjustment", "{\"AccountRef\":{\"Id\":32},"
                    + "\"LocationRef\":{\"Id\":10},\"Date\":\"2026-05-18T00:00:00\",\"LineItems\":[{\"$type\":"
                    + "\"AOLib7.AdjustmentLineItem, AOLib7\",\"ItemRef\":{\"Id\":30},\"Quantity\":1}]}");

            assertThat(answer.statusCode()).isEqualTo(500);
            assertThat(answer.body()).contains("could not save its state");
        }
    }
}
