package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sandbox} runs keep the sandbox's state under the stockadj home (the harness's, never the real one), so
 * the sandbox story behaves as it will against the vendor: what one run recorded, the next finds.
 */
class SandboxStateCliTest {
    static final Path EXAMPLES = SandboxCliTest.EXAMPLES;
    static final Path FOODICS = EXAMPLES.resolve("foodics/stockadj.properties");
    /** The example's configuration without its 120 requests a minute, which would make each run take seconds. */
    static final String ORDERTIME_FAST = "vendor = ordertime\nordertime.requests-per-minute = 60000\n";
    static final String QOYOD_COUNT = EXAMPLES.resolve("qoyod/count.csv").toString();
    static final String COSTS = EXAMPLES.resolve("foodics/costs.csv").toString();

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    private CliHarness cli() {
        return CliHarness.absolute(folder);
    }

    private String appliedId(CliHarness.Run run) throws Exception {
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return json.readTree(run.out()).at("/adjustment/id").asText();
    }

    @Test
    void costsApplyOnTheSandboxTwiceRecordsOneAdjustment() throws Exception {
        CliHarness cli = cli();

        String first = appliedId(cli.run(FOODICS, "costs", "apply", COSTS, "--sandbox", "--json"));
        CliHarness.Run again = cli.run(FOODICS, "costs", "apply", COSTS, "--sandbox");
        CliHarness.Run list = cli.run(FOODICS, "costs", "list", "--sandbox", "--json");

        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("Already applied", first);
        assertThat(json.readTree(list.out()).get("adjustments")).singleElement()
                .satisfies(a -> assertThat(a.get("id").asText()).isEqualTo(first));
        try (FoodicsSandbox kept = FoodicsSandbox.start(0, cli.home.resolve("sandbox/foodics.json"))) {
            assertThat(kept.adjustmentCount()).as("what the state file holds").isEqualTo(1);
            assertThat(kept.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_FLOUR)).isEqualByComparingTo("44");
        }
    }

    @Test
    void costsShowFindsTheIdAnEarlierApplyPrinted() throws Exception {
        CliHarness cli = cli();
        String id = appliedId(cli.run(FOODICS, "costs", "apply", COSTS, "--sandbox", "--json"));

        CliHarness.Run show = cli.run(FOODICS, "costs", "show", id, "--sandbox", "--json");

        assertThat(show.exit()).as(show.out() + show.err()).isZero();
        JsonNode shown = json.readTree(show.out());
        assertThat(shown.toString()).contains(id, "closed", FoodicsSandbox.ITEM_FLOUR);
    }

    @Test
    void aDraftIsClosedInOneRunAndAnotherDeletedInALaterOne() throws Exception {
        CliHarness cli = cli();
        String toClose = appliedId(cli.run(FOODICS, "costs", "apply", COSTS, "--draft", "--sandbox", "--json"));
        Path other = cli.write("other.csv", "sku,cost_per_unit\nRICE-5KG,37.25\n");
        String toDelete = appliedId(cli.run(FOODICS, "costs", "apply", other.toString(), "--draft", "--sandbox", "--json"));

        CliHarness.Run close = cli.run(FOODICS, "costs", "close", toClose, "--sandbox");
        CliHarness.Run delete = cli.run(FOODICS, "costs", "delete", toDelete, "--sandbox");
        CliHarness.Run closed = cli.run(FOODICS, "costs", "show", toClose, "--sandbox");
        CliHarness.Run deleted = cli.run(FOODICS, "costs", "show", toDelete, "--sandbox");

        assertThat(close.exit()).as(close.out() + close.err()).isZero();
        assertThat(delete.exit()).as(delete.out() + delete.err()).isZero();
        assertThat(closed.out()).contains(toClose, "closed");
        assertThat(deleted.exit()).as("a deleted adjustment stays deleted: " + deleted.out() + deleted.err()).isEqualTo(2);
    }

    @Test
    void aQoyodCountAppliedOnTheSandboxIsTheBookOfTheNextPlan() throws Exception {
        CliHarness cli = cli();
        Path widgetA = cli.write("wid-a.csv", "sku,counted\nWID-A,50\n");

        CliHarness.Run before = cli.runRaw("plan", "--sandbox", widgetA.toString(), "--json");
        CliHarness.Run apply = cli.runRaw("apply", "--sandbox", QOYOD_COUNT);
        CliHarness.Run again = cli.runRaw("apply", "--sandbox", QOYOD_COUNT);
        CliHarness.Run after = cli.runRaw("plan", "--sandbox", widgetA.toString(), "--json");

        assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
        assertThat(apply.out()).contains("APPLIED");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("Already applied");
        assertThat(json.readTree(before.out()).at("/variance/lines/0/book").asText()).as("the demo seed").isEqualTo("40");
        JsonNode line = json.readTree(after.out()).at("/variance/lines/0");
        assertThat(line.get("book").asText()).as("what the earlier run's apply set").isEqualTo("50");
        assertThat(line.get("variance").asText()).isEqualTo("0");
    }

    @Test
    void anOrderTimeCountAppliedOnTheSandboxIsTheBookOfTheNextPlan() throws Exception {
        CliHarness cli = cli();
        Path ordertime = cli.write("ordertime.properties", ORDERTIME_FAST);
        Path widgets = cli.write("widgets.csv", "sku,counted\nWIDGET-BLUE,37\n");

        CliHarness.Run apply = cli.run(ordertime, "apply", EXAMPLES.resolve("ordertime/count.csv").toString(), "--sandbox");
        CliHarness.Run after = cli.run(ordertime, "plan", widgets.toString(), "--sandbox", "--json");

        assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
        JsonNode line = json.readTree(after.out()).at("/variance/lines/0");
        assertThat(line.get("book").asText()).as("40 seeded, 37 counted and applied").isEqualTo("37");
        assertThat(line.get("variance").asText()).isEqualTo("0");
    }

    @Test
    void resetRemovesTheStateSaysTheJournalRemembersAndResetJournalForgetsIt() {
        CliHarness cli = cli();
        Path qoyod = cli.home.resolve("sandbox/qoyod.json");
        Path journal = cli.home.resolve("sandbox-journal.db");
        CliHarness.Run applied = cli.runRaw("apply", "--sandbox", QOYOD_COUNT);
        assertThat(qoyod).as(applied.out() + applied.err()).isRegularFile();

        CliHarness.Run reset = cli.runRaw("sandbox", "--reset", "--vendor", "qoyod");

        assertThat(reset.exit()).as(reset.out() + reset.err()).isZero();
        assertThat(qoyod).doesNotExist();
        assertThat(reset.out()).contains("Removed the qoyod sandbox's state, " + qoyod)
                .contains("still remembers 1 count(s)", "--reset-journal").doesNotContain("foodics");
        assertThat(journal).as("the journal is the user's").isRegularFile();
        assertThat(cli.runRaw("apply", "--sandbox", QOYOD_COUNT).out()).as("the journal still remembers it")
                .contains("Already applied");

        CliHarness.Run all = cli.runRaw("sandbox", "--reset", "--reset-journal");

        assertThat(all.exit()).as(all.out() + all.err()).isZero();
        assertThat(all.out()).contains("The foodics sandbox kept no state", "The ordertime sandbox kept no state",
                "The qoyod sandbox kept no state", "Removed the sandbox journal, " + journal);
        assertThat(journal).doesNotExist();
        CliHarness.Run fresh = cli.runRaw("apply", "--sandbox", QOYOD_COUNT);
        assertThat(fresh.exit()).as(fresh.out() + fresh.err()).isZero();
        assertThat(fresh.out()).as("both forgotten: a new start").contains("APPLIED").doesNotContain("Already applied");
    }

    @Test
    void resetOfEveryVendorRemovesEachStateFile() {
        CliHarness cli = cli();
        cli.run(FOODICS, "costs", "apply", COSTS, "--sandbox");
        cli.run(cli.write("ordertime.properties", ORDERTIME_FAST), "apply",
                cli.write("widgets.csv", "sku,counted\nWIDGET-BLUE,37\n").toString(), "--sandbox");
        assertThat(cli.home.resolve("sandbox/foodics.json")).isRegularFile();
        assertThat(cli.home.resolve("sandbox/ordertime.json")).isRegularFile();

        CliHarness.Run reset = cli.run("sandbox", "--reset");

        assertThat(reset.exit()).as(reset.out() + reset.err()).isZero();
        assertThat(reset.out()).contains("Removed the foodics sandbox's state", "Removed the ordertime sandbox's state",
                "The qoyod sandbox kept no state", "The journal named by --journal still remembers 1 count(s)");
        assertThat(cli.home.resolve("sandbox/foodics.json")).doesNotExist();
        assertThat(cli.home.resolve("sandbox/ordertime.json")).doesNotExist();
    }

    @Test
    void resetJournalGoesWithResetAndNeverDeletesAJournalNamedByTheOption() {
        CliHarness cli = cli();

        CliHarness.Run alone = cli.runRaw("sandbox", "--reset-journal");
        CliHarness.Run named = cli.run("sandbox", "--reset", "--reset-journal");
        CliHarness.Run unknown = cli.runRaw("sandbox", "--reset", "--vendor", "sap");

        assertThat(alone.exit()).isEqualTo(2);
        assertThat(alone.err()).contains("--reset-journal", "--reset");
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err()).contains("never one named by --journal");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("known vendors");
    }

    @Test
    void aCorruptStateFileExitsTwoNamingItAndTheWayOutWithoutAStackTrace() throws Exception {
        CliHarness cli = cli();
        Path state = Files.createDirectories(cli.home.resolve("sandbox")).resolve("qoyod.json");
        Files.writeString(state, "{\"vendor\": \"qoyod\", \"format\": 1, \"inventories\": [");

        CliHarness.Run apply = cli.runRaw("apply", "--sandbox", QOYOD_COUNT);
        CliHarness.Run serve = cli.runRaw("sandbox", "--vendor", "qoyod");
        CliHarness.Run foodics = cli.run(FOODICS, "costs", "list", "--sandbox");

        for (CliHarness.Run run : new CliHarness.Run[] {apply, serve}) {
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
            assertThat(run.err()).contains(state.toString(), "stockadj sandbox --reset --vendor qoyod")
                    .doesNotContain("\tat ", "Exception");
        }
        assertThat(Files.readString(state)).as("left for the user to look at").endsWith("[");
        assertThat(foodics.exit()).as("another vendor's sandbox is not concerned").isZero();
        assertThat(cli.runRaw("sandbox", "--reset", "--vendor", "qoyod").exit()).isZero();
        assertThat(cli.runRaw("apply", "--sandbox", QOYOD_COUNT).exit()).isZero();
    }
}
