package dev.stockadj.qoyod.sandbox;

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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sandbox started on a state file keeps what requests changed from one run to the next. */
class SandboxStateTest {
    private static final String WIDGET_A_TO_50 = "{\"inventory_adjustment\": {\"inventory_id\": 12,"
            + " \"revenue_account_id\": 301, \"expense_account_id\": 502, \"date\": \"2026-05-18\","
            + " \"description\": \"sa1-first\", \"line_items\": [{\"product_id\": 88, \"actual_quantity\": \"50\","
            + " \"rate\": \"12.50\", \"current_qty\": \"40\"}]}}";
    private static final String WIDGET_B_TO_7 = "{\"inventory_adjustment\": {\"inventory_id\": 12,"
            + " \"revenue_account_id\": 301, \"expense_account_id\": 502, \"description\": \"sa1-second\","
            + " \"line_items\": [{\"product_id\": 91, \"actual_quantity\": \"7\", \"rate\": \"4.00\"}]}}";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    private HttpResponse<String> post(QoyodSandbox sandbox, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/inventory_adjustments"))
                .header("API-KEY", QoyodSandbox.DEMO_API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode product(QoyodSandbox sandbox, long id) throws IOException, InterruptedException {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/products/" + id))
                .header("API-KEY", QoyodSandbox.DEMO_API_KEY).build(), HttpResponse.BodyHandlers.ofString()).body())
                .get("product");
    }

    @Test
    void aRestartedSandboxShowsTheStockAndAdjustmentsOfTheLastRunAndHandsOutTheNextId() throws Exception {
        Path state = folder.resolve("sandbox/qoyod.json");
        long firstId;
        try (QoyodSandbox first = QoyodSandbox.start(0, state)) {
            HttpResponse<String> answer = post(first, WIDGET_A_TO_50);
            firstId = json.readTree(answer.body()).get("inventory_adjustment").get("id").asLong();
        }
        assertThat(state).as("saved after the adjustment, folder created").isRegularFile();

        try (QoyodSandbox again = QoyodSandbox.start(0, state)) {
            assertThat(product(again, QoyodSandbox.WIDGET_A).get("inventories").get(0).get("stock").asText())
                    .as("what the first run's adjustment set").isEqualTo("50.0");
            assertThat(again.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.BRANCH_STORE)).contains(new BigDecimal("5"));
            assertThat(again.adjustmentIds()).containsExactly(firstId);
            assertThat(again.adjustmentDescriptions()).containsExactly("sa1-first");

            JsonNode second = json.readTree(post(again, WIDGET_B_TO_7).body()).get("inventory_adjustment");

            assertThat(second.get("id").asLong()).as("the next id, never one handed out before").isEqualTo(firstId + 1);
            assertThat(second.get("line_items").get(0).get("id").asLong()).isEqualTo(9202);
        }
        try (QoyodSandbox third = QoyodSandbox.start(0, state)) {
            assertThat(third.adjustmentIds()).containsExactly(firstId, firstId + 1);
            assertThat(third.stock(QoyodSandbox.WIDGET_B, QoyodSandbox.MAIN_WAREHOUSE)).contains(new BigDecimal("7"));
        }
        try (Stream<Path> files = Files.list(state.getParent())) {
            assertThat(files).as("no file written aside is left behind").containsExactly(state);
        }
    }

    @Test
    void aMissingFileStartsFromTheDemoSeedAndReadsAloneWriteNothing() throws Exception {
        Path state = folder.resolve("qoyod.json");
        try (QoyodSandbox sandbox = QoyodSandbox.start(0, state)) {
            assertThat(product(sandbox, QoyodSandbox.WIDGET_A).get("sku").asText()).isEqualTo("WID-A");
            assertThat(sandbox.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.MAIN_WAREHOUSE)).contains(new BigDecimal("40"));
            assertThat(post(sandbox, "{\"inventory_id\": 12}").statusCode()).as("refused: changes nothing").isEqualTo(200);
        }
        assertThat(state).doesNotExist();
    }

    @Test
    void aSandboxWithoutAFileKeepsNothing() throws Exception {
        try (QoyodSandbox sandbox = QoyodSandbox.start(0)) {
            post(sandbox, WIDGET_A_TO_50);
        }
        try (QoyodSandbox fresh = QoyodSandbox.start(0)) {
            assertThat(fresh.adjustmentIds()).isEmpty();
            assertThat(fresh.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.MAIN_WAREHOUSE)).contains(new BigDecimal("40"));
        }
    }

    @Test
    void aCorruptFileIsRefusedNamingItAndLeftAsItWas() throws IOException {
        Path state = Files.writeString(folder.resolve("qoyod.json"), "{\"vendor\": \"qoyod\", \"format\": 1, \"stock");

        assertThatThrownBy(() -> QoyodSandbox.start(0, state)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining(state.toString())
                .satisfies(e -> assertThat(((SandboxStateUnreadable) e).file()).isEqualTo(state));
        assertThat(Files.readString(state)).endsWith("\"stock");
    }

    @Test
    void anotherVendorsOrAnotherFormatsStateIsRefused() throws IOException {
        Path foodics = Files.writeString(folder.resolve("foodics.json"), "{\"vendor\": \"foodics\", \"format\": 1}");
        Path future = Files.writeString(folder.resolve("future.json"), "{\"vendor\": \"qoyod\", \"format\": 2,"
                + " \"inventories\": [], \"accounts\": [], \"products\": [], \"stock\": {}, \"adjustments\": [],"
                + " \"nextAdjustmentId\": 1, \"nextLineId\": 1}");

        assertThatThrownBy(() -> QoyodSandbox.start(0, foodics)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining("not a Qoyod sandbox's state");
        assertThatThrownBy(() -> QoyodSandbox.start(0, future)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining("format 2");
    }

    @Test
    void anAdjustmentThatCannotBeSavedIsAnsweredAsAServerError() throws Exception {
        Path stateFolder = Files.createDirectories(folder.resolve("sandbox"));
        try (QoyodSandbox sandbox = QoyodSandbox.start(0, stateFolder.resolve("qoyod.json"))) {
            Files.delete(stateFolder);
            Files.writeString(stateFolder, "a file where the state's folder was");

            HttpResponse<String> answer = post(sandbox, WIDGET_A_TO_50);

            assertThat(answer.statusCode()).isEqualTo(500);
            assertThat(answer.body()).contains("could not save its state");
        }
    }
}
