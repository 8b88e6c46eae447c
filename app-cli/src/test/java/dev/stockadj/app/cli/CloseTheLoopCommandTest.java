package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.testing.InMemoryVendor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify}, {@code revert} and {@code costs update} against the in-memory vendor, as a user runs them. */
class CloseTheLoopCommandTest {
    private static final Position ONE = Position.of(new ItemId("1"));
    private static final Position TWO = Position.of(new ItemId("2"));

    @TempDir
    Path folder;

    private static Path count(CliHarness cli) {
        cli.vendor.stock(CliHarness.LOCATION, ONE, Quantity.of(10));
        cli.vendor.stock(CliHarness.LOCATION, TWO, Quantity.of(5));
        return cli.write("count.csv", "item,counted,unit_cost\n1,12,2.50\n2,4,1.25\n");
    }

    private static JsonNode json(CliHarness.Run run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void verifyExitsZeroWhenEveryPositionMatchesAndOneNamingThePositionThatMoved() throws Exception {
        CliHarness cli = CliHarness.delta(folder, 50);
        cli.run("apply", count(cli).toString(), "--count-ref", "weekly");

        CliHarness.Run clean = cli.run("verify", "weekly");
        cli.vendor.stock(CliHarness.LOCATION, TWO, Quantity.of(3));   // sold 1 since
        CliHarness.Run drifted = cli.run("verify", "weekly");
        CliHarness.Run asJson = cli.run("verify", "weekly", "--json");

        assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("Count weekly on memory", "applied ", "EXPECTED", "FOUND",
                "All 2 position(s) match.");
        assertThat(drifted.exit()).isEqualTo(1);
        assertThat(drifted.out()).containsPattern("(?m)^2\\s+-\\s+4\\s+3\\s+-1\\s+moved since")
                .contains("1 of 2 position(s) drifted: 1 moved since, 0 never reached their target.");
        JsonNode report = json(asJson);
        assertThat(report.get("result").asText()).isEqualTo("drifted");
        assertThat(report.get("exit_code").asInt()).isEqualTo(1);
        assertThat(report.get("positions").get(1).get("status").asText()).isEqualTo("MOVED_SINCE");
        assertThat(report.get("positions").get(1).get("difference").asText()).isEqualTo("-1");
    }

    @Test
    void revertUndoesTheCountShowsItRevertedInTheJournalAndApplyingItAgainNeedsANewReference() throws Exception {
        CliHarness cli = CliHarness.delta(folder, 50);
        Path file = count(cli);
        cli.run("apply", file.toString(), "--count-ref", "weekly");

        CliHarness.Run planned = cli.run("revert", "weekly", "--plan");
        int deletesAfterPlan = cli.vendor.deleteAttempts().size();
        CliHarness.Run reverted = cli.run("revert", "weekly");
        CliHarness.Run again = cli.run("revert", "weekly", "--json");
        CliHarness.Run verified = cli.run("verify", "weekly");
        CliHarness.Run journal = cli.run("journal");
        CliHarness.Run reapplied = cli.run("apply", file.toString(), "--count-ref", "weekly");

        assertThat(planned.exit()).isZero();
        assertThat(planned.out()).contains("plan: nothing sent", "delete", "2 step(s) would be taken");
        assertThat(deletesAfterPlan).isZero();
        assertThat(reverted.exit()).as(reverted.out() + reverted.err()).isZero();
        assertThat(reverted.out()).contains("Reverted: every step done.", "stockadj verify weekly", "REVERTED");
        assertThat(cli.vendor.stockAt(CliHarness.LOCATION, ONE)).isEqualTo(Quantity.of(10));
        assertThat(cli.vendor.stockAt(CliHarness.LOCATION, TWO)).isEqualTo(Quantity.of(5));
        assertThat(json(again).get("result").asText()).isEqualTo("already_reverted");
        assertThat(cli.vendor.deleteAttempts()).as("each document deleted once").hasSize(2);
        assertThat(verified.exit()).isZero();
        assertThat(verified.out()).contains("reverted ", "All 2 position(s) match.");
        assertThat(journal.out()).containsPattern("weekly\\s+#0\\s+sa1-\\w+\\s+REVERTED").contains("Revert steps:");
        assertThat(reapplied.exit()).isEqualTo(2);
        assertThat(reapplied.out() + reapplied.err()).contains("was reverted", "new count reference");
    }

    @Test
    void aRevertStepInDoubtIsListedByJournalAndSettledByResolveWithoutDeletingTwice() throws Exception {
        CliHarness cli = CliHarness.delta(folder, 50);
        cli.run("apply", count(cli).toString(), "--count-ref", "weekly");
        cli.vendor.failNext(InMemoryVendor.Fault.LANDED_THEN_LOST);   // the first delete lands, its answer is lost

        CliHarness.Run inDoubt = cli.run("revert", "weekly");
        JsonNode steps = json(cli.run("journal", "--json")).get("reverts");
        String key = steps.get(0).get("key").asText();
        CliHarness.Run resolved = cli.run("resolve", key, "--applied");
        CliHarness.Run finished = cli.run("revert", "weekly");
        CliHarness.Run journal = cli.run("journal");

        assertThat(inDoubt.exit()).as(inDoubt.out() + inDoubt.err()).isEqualTo(3);
        assertThat(steps.get(0).get("status").asText()).isEqualTo("UNCERTAIN");
        assertThat(resolved.exit()).as(resolved.out() + resolved.err()).isZero();
        assertThat(resolved.out()).contains("APPLIED");
        assertThat(finished.exit()).as(finished.out() + finished.err()).isZero();
        assertThat(cli.vendor.deleteAttempts()).as("the delete that landed is not sent again").hasSize(2);
        assertThat(cli.vendor.stockAt(CliHarness.LOCATION, ONE)).isEqualTo(Quantity.of(10));
        assertThat(cli.vendor.stockAt(CliHarness.LOCATION, TWO)).isEqualTo(Quantity.of(5));
        assertThat(journal.out()).containsPattern("weekly\\s+#0\\s+" + key + "\\s+APPLIED");
    }

    @Test
    void aPositionThatMovedSinceIsAConflictUnderFailAndKeepCountedSetsItBack() {
        CliHarness cli = CliHarness.absolute(folder);
        cli.run("apply", count(cli).toString(), "--count-ref", "weekly");
        cli.vendor.stock(CliHarness.LOCATION, TWO, Quantity.of(3));
        int sends = cli.vendor.sends().size();

        CliHarness.Run refused = cli.run("revert", "weekly");
        CliHarness.Run kept = cli.run("revert", "weekly", "--on-conflict", "keep-counted");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("Moved since the count was applied:", "2: set to 4 by the count, is 3 now",
                "nothing was sent");
        assertThat(kept.exit()).as(kept.out()).isZero();
        assertThat(cli.vendor.sends()).hasSize(sends + 1);
        assertThat(cli.vendor.stockAt(CliHarness.LOCATION, TWO)).isEqualTo(Quantity.of(5));
        assertThat(cli.vendor.stockAt(CliHarness.LOCATION, ONE)).isEqualTo(Quantity.of(10));
    }

    @Test
    void anUnknownCountIsExitTwoNamingIt() {
        CliHarness cli = CliHarness.absolute(folder);

        CliHarness.Run verify = cli.run("verify", "never-applied");
        CliHarness.Run revert = cli.run("revert", "never-applied");

        assertThat(verify.exit()).isEqualTo(2);
        assertThat(verify.out()).contains("no count never-applied was applied on memory");
        assertThat(revert.exit()).isEqualTo(2);
    }

    @Test
    void costsUpdateChangesADraftAndRefusesAClosedOneBeforeSending() throws Exception {
        CliHarness cli = CliHarness.costs(folder);
        cli.vendor.cost(new ItemId("1"), UnitCost.of("40"));
        Path costs = cli.write("costs.csv", "item,cost_per_unit\n1,42.35\n");
        Path changed = cli.write("changed.csv", "sku,cost_per_unit\nSKU-1,43.10\n");
        String draft = json(cli.run("costs", "apply", costs.toString(), "--draft", "--json"))
                .get("adjustment").get("id").asText();
        String closed = json(cli.run("costs", "apply", costs.toString(), "--date", "2026-05-19", "--json"))
                .get("adjustment").get("id").asText();

        CliHarness.Run updated = cli.run("costs", "update", draft, changed.toString());
        CliHarness.Run refused = cli.run("costs", "update", closed, changed.toString(), "--json");
        CliHarness.Run invalid = cli.run("costs", "update", draft, cli.write("bad.csv",
                "sku,cost_per_unit\nNOPE,1\n").toString());

        assertThat(updated.exit()).as(updated.out() + updated.err()).isZero();
        assertThat(updated.out()).contains("(draft)").containsPattern("1\\s+43\\.1");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(json(refused).get("message").asText()).contains("is closed", "Nothing was sent");
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.out()).contains("NOPE");
        assertThat(cli.vendor.costOf(new ItemId("1"))).as("the closed one's cost stands").isEqualTo(UnitCost.of("42.35"));
    }

    @Test
    void aCostsRunIsVerifiedAndRevertedByTheKeyCostsApplyPrinted() throws Exception {
        CliHarness cli = CliHarness.costs(folder);
        cli.vendor.cost(new ItemId("1"), UnitCost.of("40"));
        String key = json(cli.run("costs", "apply", cli.write("costs.csv", "item,cost_per_unit\n1,42.35\n").toString(),
                "--json")).get("key").asText();

        CliHarness.Run verified = cli.run("verify", key);
        CliHarness.Run reverted = cli.run("revert", key);
        CliHarness.Run after = cli.run("verify", key, "--json");

        assertThat(verified.exit()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("Costs run " + key, "All 1 item(s) match.");
        assertThat(reverted.exit()).as(reverted.out()).isZero();
        assertThat(cli.vendor.costOf(new ItemId("1"))).isEqualTo(UnitCost.of("40"));
        assertThat(json(after).get("reverted").asBoolean()).isTrue();
        assertThat(json(after).get("items").get(0).get("expected").asText()).isEqualTo("40");
    }

    @Test
    void helpDocumentsTheThreeCommands() {
        CliHarness cli = CliHarness.absolute(folder);

        CliHarness.Run top = cli.run("--help");
        CliHarness.Run verify = cli.run("verify", "--help");
        CliHarness.Run revert = cli.run("revert", "--help");
        CliHarness.Run update = cli.run("costs", "update", "--help");

        assertThat(top.out()).contains("verify", "revert");
        assertThat(verify.out()).contains("COUNT_REF", "never reached", "moved since", "Exit 0");
        assertThat(revert.out()).contains("--plan", "--on-conflict", "newest first", "REVERTED");
        assertThat(update.out()).contains("ID", "COSTS_FILE", "closed adjustment is refused");
    }
}
