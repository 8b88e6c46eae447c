package dev.stockadj.costadj.sandbox;

import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sandbox started on a state file keeps its cost adjustments and costs from one run to the next. */
class SandboxStateTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    private JsonNode call(FoodicsSandbox sandbox, String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + FoodicsSandbox.TOKEN)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }

    private static String write(String item, String cost, int status) {
        return """
                {"business_date": "2026-05-18", "status": %d, "notes": "n", "branch_id": "b-riyadh-1",
                 "creator_id": "u-demo-1", "items": [{"id": "%s", "cost_per_unit": %s}]}
                """.formatted(status, item, cost);
    }

    @Test
    void aRestartedSandboxFindsTheAdjustmentsAndCostsOfEarlierRunsAndNumbersOn() throws Exception {
        Path state = folder.resolve("sandbox/foodics.json");
        String closedId;
        String draftId;
        try (FoodicsSandbox first = FoodicsSandbox.start(0, state)) {
            closedId = call(first, "POST", "/cost_adjustments", write(FoodicsSandbox.ITEM_FLOUR, "44", 2), 200)
                    .at("/data/id").asText();
            JsonNode draft = call(first, "POST", "/cost_adjustments", write(FoodicsSandbox.ITEM_OIL, "33.1", 1), 200);
            draftId = draft.at("/data/id").asText();
            assertThat(draft.at("/data/reference").asText()).isEqualTo("CA1002");
        }

        try (FoodicsSandbox second = FoodicsSandbox.start(0, state)) {
            JsonNode closed = call(second, "GET", "/cost_adjustments/" + closedId + "?include=items", null, 200);
            assertThat(closed.at("/data/status").asInt()).isEqualTo(2);
            assertThat(closed.at("/data/items/0/pivot/previous_cost_per_unit").decimalValue())
                    .isEqualByComparingTo("42.5");
            assertThat(second.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_FLOUR))
                    .isEqualByComparingTo("44");
            assertThat(call(second, "GET", "/inventory_levels/b-riyadh-1", null, 200).at("/data/0/pivot/cost_per_unit")
                    .decimalValue()).as("the level a closed adjustment set").isEqualByComparingTo("44");
            assertThat(call(second, "GET", "/cost_adjustments?filter[reference]=CA1002", null, 200).at("/data/0/id")
                    .asText()).isEqualTo(draftId);

            call(second, "PUT", "/cost_adjustments/" + draftId, write(FoodicsSandbox.ITEM_OIL, "33.1", 2), 200);
            JsonNode third = call(second, "POST", "/cost_adjustments", write(FoodicsSandbox.ITEM_SUGAR, "29", 1), 200);
            assertThat(third.at("/data/reference").asText()).as("numbered on, not CA1001 again").isEqualTo("CA1003");
            call(second, "DELETE", "/cost_adjustments/" + third.at("/data/id").asText(), null, 200);
        }

        try (FoodicsSandbox third = FoodicsSandbox.start(0, state)) {
            assertThat(third.adjustmentCount()).as("the deleted one stays deleted").isEqualTo(2);
            assertThat(call(third, "GET", "/cost_adjustments/" + draftId, null, 200).at("/data/status").asInt())
                    .as("closed in the second run").isEqualTo(2);
            assertThat(third.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_OIL)).isEqualByComparingTo("33.1");
            assertThat(third.onHand(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_OIL)).isEqualByComparingTo("40");
            call(third, "DELETE", "/cost_adjustments/" + closedId, null, 422);
        }
        try (Stream<Path> files = Files.list(state.getParent())) {
            assertThat(files).as("no file written aside is left behind").containsExactly(state);
        }
    }

    @Test
    void refusedWritesAndReadsWriteNoFile() throws Exception {
        Path state = folder.resolve("foodics.json");
        try (FoodicsSandbox sandbox = FoodicsSandbox.start(0, state)) {
            call(sandbox, "GET", "/cost_adjustments", null, 200);
            call(sandbox, "POST", "/cost_adjustments", write("i-unknown", "1", 2), 422);
            call(sandbox, "DELETE", "/cost_adjustments/nope", null, 404);
        }
        assertThat(state).doesNotExist();
    }

    @Test
    void aSandboxWithoutAFileKeepsNothing() throws Exception {
        try (FoodicsSandbox sandbox = FoodicsSandbox.start(0)) {
            call(sandbox, "POST", "/cost_adjustments", write(FoodicsSandbox.ITEM_FLOUR, "44", 2), 200);
        }
        try (FoodicsSandbox fresh = FoodicsSandbox.start(0)) {
            assertThat(fresh.adjustmentCount()).isZero();
            assertThat(fresh.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_FLOUR)).isEqualByComparingTo("42.5");
        }
    }

    @Test
    void aCorruptOrForeignFileIsRefusedNamingIt() throws Exception {
        Path garbage = Files.writeString(folder.resolve("garbage.json"), "not json at all");
        Path qoyod = Files.writeString(folder.resolve("qoyod.json"), "{\"vendor\": \"qoyod\", \"format\": 1}");
        Path unknownItem = Files.writeString(folder.resolve("item.json"), "{\"vendor\": \"foodics\", \"format\": 1,"
                + " \"levels\": {\"b-riyadh-1\": {\"i-ghost\": {\"quantity\": 1, \"cost\": 2}}}, \"adjustments\": [],"
                + " \"sequence\": 0}");

        assertThatThrownBy(() -> FoodicsSandbox.start(0, garbage)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining(garbage.toString());
        assertThatThrownBy(() -> FoodicsSandbox.start(0, qoyod)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining("not a Foodics sandbox's state");
        assertThatThrownBy(() -> FoodicsSandbox.start(0, unknownItem)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining("i-ghost");
        assertThat(Files.readString(garbage)).isEqualTo("not json at all");
    }

    @Test
    void aWriteThatCannotBeSavedIsAnsweredAsAServerError() throws Exception {
        Path stateFolder = Files.createDirectories(folder.resolve("sandbox"));
        try (FoodicsSandbox sandbox = FoodicsSandbox.start(0, stateFolder.resolve("foodics.json"))) {
            Files.delete(stateFolder);
            Files.writeString(stateFolder, "a file where the state's folder was");

            JsonNode answer = call(sandbox, "POST", "/cost_adjustments", write(FoodicsSandbox.ITEM_FLOUR, "44", 2), 500);

            assertThat(answer.get("message").asText()).contains("could not save its state");
        }
    }

    @Test
    void everyLevelSurvivesExactlyScaleIncluded() throws Exception {
        Path state = folder.resolve("foodics.json");
        List<BigDecimal> before = new ArrayList<>();
        try (FoodicsSandbox sandbox = FoodicsSandbox.start(0, state)) {
            call(sandbox, "POST", "/cost_adjustments", write(FoodicsSandbox.ITEM_TOMATO, "4.75", 2), 200);
            levels(sandbox, before);
        }
        List<BigDecimal> after = new ArrayList<>();
        try (FoodicsSandbox again = FoodicsSandbox.start(0, state)) {
            levels(again, after);
        }
        assertThat(after).as("record equality is scale-sensitive: 28 is not 28.0").isEqualTo(before)
                .contains(new BigDecimal("4.75"), new BigDecimal("28"), new BigDecimal("18.5"));
    }

    private static void levels(FoodicsSandbox sandbox, List<BigDecimal> into) {
        for (SeedItem item : FoodicsSandbox.seedItems()) {
            for (String branch : List.of(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.BRANCH_JEDDAH)) {
                into.add(sandbox.costAt(branch, item.id()));
                into.add(sandbox.onHand(branch, item.id()));
            }
        }
    }
}
