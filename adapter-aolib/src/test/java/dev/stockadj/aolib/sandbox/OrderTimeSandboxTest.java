package dev.stockadj.aolib.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox judged over plain HTTP, without the adapter: it must refuse what Order Time refuses. */
class OrderTimeSandboxTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private OrderTimeSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = OrderTimeSandbox.start(0);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> send(String method, String path, String body, boolean signed)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (signed) {
            request.header("apiKey", OrderTimeSeed.API_KEY).header("email", OrderTimeSeed.EMAIL)
                    .header("password", OrderTimeSeed.PASSWORD);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String adjustment) throws IOException, InterruptedException {
        return send("POST", "/adjustment", adjustment, true);
    }

    private static String adjustment(String lines) {
        return "{\"AccountRef\":{\"Id\":32},\"LocationRef\":{\"Id\":10},\"Date\":\"2026-05-18T00:00:00\","
                + "\"Memo\":\"test\",\"LineItems\":[" + lines + "]}";
    }

    private static String line(int item, String quantity, String details) {
        return "{\"$type\":\"AOLib7.AdjustmentLineItem, AOLib7\",\"ItemRef\":{\"Id\":" + item + "},\"Quantity\":"
                + quantity + (details == null ? "" : ",\"Details\":[" + details + "]") + "}";
    }

    private List<String> properties(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(409);
        List<String> names = new ArrayList<>();
        for (JsonNode entry : json.readTree(response.body())) {
            assertThat(entry.has("Message")).isTrue();
            names.add(entry.get("ProperyName").asText());
        }
        return names;
    }

    @Test
    void refusesRequestsWithoutTheCredentialHeaders() throws Exception {
        assertThat(send("PUT", "/list", "{\"Type\":115}", false).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAWrongLineTypeAndMissingReferences() throws Exception {
        String body = "{\"Date\":\"2026-05-18T00:00:00\",\"LineItems\":[{\"$type\":\"AOLib7.ReceiverLineItem, AOLib7\","
                + "\"ItemRef\":{\"Id\":30},\"Quantity\":1}]}";

        assertThat(properties(post(body))).containsExactlyInAnyOrder("AccountRef", "LocationRef", "LineItems[0].$type");
    }

    @Test
    void refusesMixingLinesWithAndWithoutDetails() throws Exception {
        String floor = "{\"$type\":\"AOLib7.FillBin, AOLib7\",\"BinRef\":{\"Id\":8},\"Quantity\":1}";

        assertThat(properties(post(adjustment(line(37, "1", floor) + "," + line(30, "1", null)))))
                .containsExactly("LineItems[1].Details");
        assertThat(sandbox.adjustmentCount()).isZero();
    }

    @Test
    void refusesALotTrackedLineWithoutALotAndAWrongDetailType() throws Exception {
        String fillBin = "{\"$type\":\"AOLib7.FillBin, AOLib7\",\"BinRef\":{\"Id\":8},\"Quantity\":1}";

        assertThat(properties(post(adjustment(line(41, "1", null))))).containsExactly("LineItems[0].Details");
        assertThat(properties(post(adjustment(line(45, "1", fillBin))))).containsExactly("LineItems[0].Details[0].$type");
    }

    @Test
    void refusesASerialMovingTwoUnitsAndAKnownSerialAddedAgain() throws Exception {
        String two = "{\"$type\":\"AOLib7.DocFillLotOrSerial, AOLib7\",\"LotOrSerialNo\":\"SN-9\",\"Quantity\":2}";
        String again = "{\"$type\":\"AOLib7.DocFillLotOrSerial, AOLib7\",\"LotOrSerialNo\":\"SN-1001\","
                + "\"BinRef\":{\"Name\":\"Floor\"},\"Quantity\":1,\"ExpirationDate\":\"2031-12-31T00:00:00\"}";

        assertThat(properties(post(adjustment(line(45, "2", two))))).containsExactly("LineItems[0].Details[0].Quantity");
        assertThat(properties(post(adjustment(line(45, "1", again))))).containsExactly("LotOrSerialNo");
    }

    @Test
    void refusesDetailsThatDoNotSumToTheLineOrChangeItsSign() throws Exception {
        String floor = "{\"$type\":\"AOLib7.FillBin, AOLib7\",\"BinRef\":{\"Id\":8},\"Quantity\":-2}";

        assertThat(properties(post(adjustment(line(37, "3", floor)))))
                .containsExactlyInAnyOrder("LineItems[0].Details[0].Quantity", "LineItems[0].Quantity");
    }

    @Test
    void refusesStockBelowZeroAndANewLotWithoutExpiry() throws Exception {
        String newLot = "{\"$type\":\"AOLib7.DocFillLotOrSerial, AOLib7\",\"LotOrSerialNo\":\"L9999\",\"Quantity\":5}";

        assertThat(properties(post(adjustment(line(30, "-41", null))))).containsExactly("Quantity");
        assertThat(properties(post(adjustment(line(41, "5", newLot))))).containsExactly("LineItems[0].Details[0].ExpirationDate");
        assertThat(sandbox.onHand(30, OrderTimeSeed.HQ)).isEqualByComparingTo("40");
    }

    @Test
    void refusesEveryLotOrSerialDetailWithoutExpirationDateEvenForAKnownNumber() throws Exception {
        String knownLot = "{\"$type\":\"AOLib7.DocFillLotOrSerial, AOLib7\",\"LotOrSerialNo\":\"L2611\",\"Quantity\":-4}";
        String knownSerial = "{\"$type\":\"AOLib7.DocFillLotOrSerial, AOLib7\",\"LotOrSerialNo\":\"SN-1001\","
                + "\"BinRef\":{\"Id\":8},\"Quantity\":-1}";
        String notADate = knownLot.replace("}", ",\"ExpirationDate\":\"soon\"}");

        assertThat(properties(post(adjustment(line(41, "-4", knownLot))))).containsExactly("LineItems[0].Details[0].ExpirationDate");
        assertThat(properties(post(adjustment(line(45, "-1", knownSerial))))).containsExactly("LineItems[0].Details[0].ExpirationDate");
        assertThat(properties(post(adjustment(line(41, "-4", notADate))))).containsExactly("LineItems[0].Details[0].ExpirationDate");
        assertThat(sandbox.onHand(45, OrderTimeSeed.HQ)).isEqualByComparingTo("3");
    }

    @Test
    void takesABinForAnyItemAndServesNoBinFlagOnItems() throws Exception {
        String floor = "{\"$type\":\"AOLib7.FillBin, AOLib7\",\"BinRef\":{\"Id\":8},\"Quantity\":2}";
        String dock = "{\"$type\":\"AOLib7.FillBin, AOLib7\",\"BinRef\":{\"Id\":12},\"Quantity\":2}";

        assertThat(post(adjustment(line(30, "2", floor))).statusCode()).isEqualTo(200);
        assertThat(properties(post(adjustment(line(30, "2", dock))))).as("Dock is a bin of Annex, not of HQ")
                .containsExactly("LineItems[0].Details[0].BinRef");
        assertThat(sandbox.onHand(30, OrderTimeSeed.HQ, Optional.of(OrderTimeSeed.FLOOR), Optional.empty()))
                .isEqualByComparingTo("2");
        JsonNode items = json.readTree(send("POST", "/list", "{\"Type\":115,\"NumberOfRecords\":100}", true).body());
        assertThat(items).hasSize(5).allSatisfy(item -> assertThat(item.has("TrackBins")).isFalse());
    }

    @Test
    void everySeededLotAndSerialHasAnExpiry() throws Exception {
        JsonNode lots = json.readTree(send("POST", "/list", "{\"Type\":1100,\"NumberOfRecords\":100}", true).body());

        assertThat(lots).hasSize(5).allSatisfy(lot -> assertThat(lot.path("ExpirationDate").asText())
                .matches("\\d{4}-\\d{2}-\\d{2}T00:00:00"));
    }

    @Test
    void rowVariantsServeTheOtherPlausibleShapes() throws Exception {
        sandbox.rowVariants(RowVariant.ITEMS_WITHOUT_TRACKING_FIELDS, RowVariant.ITEMS_WITH_TRACK_BINS_FALSE,
                RowVariant.DATE_ONLY_EXPIRY);
        JsonNode item = json.readTree(send("POST", "/list", "{\"Type\":115,\"NumberOfRecords\":100}", true).body()).get(4);
        JsonNode lot = json.readTree(send("POST", "/list", "{\"Type\":1100,\"NumberOfRecords\":100}", true).body()).get(0);
        sandbox.rowVariants(RowVariant.ITEMS_WITH_NUMERIC_KIND_ONLY, RowVariant.LOTS_WITHOUT_EXPIRY);
        JsonNode numeric = json.readTree(send("POST", "/list", "{\"Type\":115,\"NumberOfRecords\":100}", true).body()).get(4);
        JsonNode undated = json.readTree(send("POST", "/list", "{\"Type\":1100,\"NumberOfRecords\":100}", true).body()).get(0);

        assertThat(item.has("TrackLotOrSerial") || item.has("LotOrSerial")).isFalse();
        assertThat(item.get("TrackBins").asBoolean(true)).isFalse();
        assertThat(lot.get("ExpirationDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(numeric.has("TrackLotOrSerial")).isFalse();
        assertThat(numeric.get("LotOrSerial").asInt()).as("SCANNER-X is serial-tracked").isEqualTo(2);
        assertThat(undated.has("ExpirationDate")).isFalse();
    }

    @Test
    void appliesDeltasPerBinAndLotAndReversesThemOnDelete() throws Exception {
        String lot = "{\"$type\":\"AOLib7.DocFillLotOrSerial, AOLib7\",\"LotOrSerialNo\":\"L2611\",\"Quantity\":-4,"
                + "\"ExpirationDate\":\"2026-11-30T00:00:00\"}";
        HttpResponse<String> stored = post(adjustment(line(41, "-4", lot)));
        assertThat(stored.statusCode()).isEqualTo(200);
        int docNo = json.readTree(stored.body()).get("DocNo").asInt();
        assertThat(sandbox.onHand(41, OrderTimeSeed.HQ, Optional.empty(), Optional.of("L2611")))
                .isEqualByComparingTo("20");

        HttpResponse<String> deleted = send("DELETE", "/adjustment?docNo=" + docNo, null, true);

        assertThat(deleted.body()).isEqualTo("true");
        assertThat(sandbox.onHand(41, OrderTimeSeed.HQ, Optional.empty(), Optional.of("L2611")))
                .isEqualByComparingTo("24");
        assertThat(send("GET", "/adjustment?docNo=" + docNo, null, true).statusCode()).isEqualTo(404);
    }

    @Test
    void listsPageByPageAndCountsWithPut() throws Exception {
        String query = "{\"Type\":1110,\"Filters\":[{\"PropertyName\":\"ItemRef.Id\",\"Operator\":8,"
                + "\"FilterValueArray\":[\"45\",\"37\"]},{\"PropertyName\":\"LocationRef.Id\",\"Operator\":1,"
                + "\"FilterValueArray\":[\"10\"]}],\"PageNumber\":2,\"NumberOfRecords\":2}";

        assertThat(send("PUT", "/list", query, true).body()).isEqualTo("5");
        JsonNode page = json.readTree(send("POST", "/list", query, true).body());
        assertThat(page).hasSize(2);
        assertThat(page.get(0).at("/ItemRef/Id").asInt()).isEqualTo(45);
        assertThat(send("POST", "/list", query.replace("\"NumberOfRecords\":2", "\"NumberOfRecords\":1001"), true)
                .statusCode()).isEqualTo(400);
    }

    @Test
    void findsAdjustmentsByMemoWithLike() throws Exception {
        post(adjustment(line(30, "1", null)).replace("\"Memo\":\"test\"", "\"Memo\":\"stockadj sa1-abc\""));
        String query = "{\"Type\":1,\"Filters\":[{\"PropertyName\":\"Memo\",\"Operator\":12,"
                + "\"FilterValueArray\":[\"sa1-abc\"]}],\"PageNumber\":1,\"NumberOfRecords\":10}";

        assertThat(json.readTree(send("POST", "/list", query, true).body())).hasSize(1);
        assertThat(json.readTree(send("POST", "/entityref", query, true).body()).get(0).get("Id").asInt())
                .isEqualTo(1001);
    }
}
