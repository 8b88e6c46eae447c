package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.port.out.ClockPort;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    @TempDir
    Path folder;

    @Test
    void plansWithoutSendingOrJournalling() {
        CliHarness cli = CliHarness.absolute(folder);
        cli.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("1")), Quantity.of(10));

        CliHarness.Run run = cli.run("plan", cli.write("count.csv", "sku,counted\nSKU-1,7\n").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("1\\s+-\\s+10\\s+7\\s+-3").contains("PLANNED");
        assertThat(cli.vendor.sends()).isEmpty();
        assertThat(cli.run("journal").out()).contains("empty");
    }

    @Test
    void underJsonEvenAnUnforeseenFailureIsOneCountObjectAndDebugAddsItsTrace() throws Exception {
        CliHarness cli = CliHarness.absolute(folder)
                .withClock(throwing(() -> {
                    throw new IllegalStateException("clock broke near never-shown-71");
                }));

        CliHarness.Run quiet = cli.run("plan", cli.write("c.csv", "item,counted\n1,1\n").toString(), "--json");
        CliHarness.Run debug = cli.run("--debug", "plan", folder.resolve("c.csv").toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(quiet.out());

        assertThat(quiet.exit()).isEqualTo(3);
        assertThat(json.get("result").asText()).isEqualTo("failed");
        assertThat(json.get("exit_code").asInt()).isEqualTo(3);
        assertThat(json.get("count_ref").asText()).as("the file's, not yet the count's").isEqualTo("c.csv");
        assertThat(json.get("message").asText()).contains("unforeseen failure (IllegalStateException)");
        assertThat(quiet.out() + quiet.err()).doesNotContain("never-shown-71", "\tat ");
        assertThat(quiet.err()).hasLineCount(1);
        assertThat(debug.exit()).isEqualTo(3);
        assertThat(debug.err()).startsWith(quiet.err().strip()).contains("\tat ", "never-shown-71");
    }

    @Test
    void runningOutOfMemoryWhilePlanningSaysSoAndWhatToGiveJavaWithoutClaimingAnythingWasSent() {
        CliHarness cli = CliHarness.absolute(folder)
                .withClock(throwing(() -> {
                    throw new OutOfMemoryError("Java heap space near never-shown-72");
                }));

        CliHarness.Run run = cli.run("plan", cli.write("c.csv", "item,counted\n1,1\n").toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).hasLineCount(1).startsWith("stockadj: out of memory (OutOfMemoryError)")
                .contains("re-run is safe", "-Xmx").doesNotContain("was sent", "never-shown-72", "\tat ");
    }

    @Test
    void jsonOfAnInvalidCountListsEveryProblem() throws Exception {
        CliHarness cli = CliHarness.absolute(folder);

        CliHarness.Run run = cli.run("plan", cli.write("c.json", "[{\"item\":\"1\",\"counted\":\"x\"},"
                + "{\"item\":\"1\",\"sku\":\"S\",\"counted\":1}]").toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(json.get("result").asText()).isEqualTo("invalid");
        assertThat(json.get("documents")).isEmpty();
        assertThat(json.get("problems")).hasSize(2);
        assertThat(json.get("problems").get(1).get("line").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownSkuIsAProblemOfItsLine() {
        CliHarness cli = CliHarness.absolute(folder);

        CliHarness.Run run = cli.run("plan", cli.write("count.csv", "sku,counted\nSKU-1,1\nNOPE,2\n").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("line 2").contains("NOPE");
    }

    @Test
    void aCountWithoutVarianceHasNothingToSend() {
        CliHarness cli = CliHarness.absolute(folder);
        cli.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("1")), Quantity.of(4));

        CliHarness.Run run = cli.run("plan", cli.write("count.csv", "item,counted\n1,4\n").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No variance");
    }

    /** A clock whose every reading runs {@code failure}, which throws: a failure planning did not foresee. */
    private static ClockPort throwing(Runnable failure) {
        return new ClockPort() {
            @Override
            public Instant now() {
                failure.run();
                throw new AssertionError("the failure did not throw");
            }

            @Override
            public void sleep(Duration duration) {
            }
        };
    }
}
