package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk through verify, revert and costs update, on each vendor's built-in sandbox with the repository's
 * examples: apply → verify 0; stock moved by another document → verify 1 naming it; revert → the stock back at the
 * book and verify 0; a draft's costs updated, a closed adjustment refused.
 */
class CloseTheLoopSandboxCliTest {
    static final Path EXAMPLES = SandboxCliTest.EXAMPLES;

    @TempDir
    Path folder;

    private static JsonNode json(CliHarness.Run run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void qoyod() throws Exception {
        CliHarness cli = CliHarness.absolute(folder);
        Path config = EXAMPLES.resolve("qoyod/stockadj.properties");
        String ref = json(cli.run(config, "apply", "--sandbox", EXAMPLES.resolve("qoyod/count.csv").toString(),
                "--json")).get("count_ref").asText();
        Path sale = cli.write("sale.csv", "sku,counted\nWID-B,117\n");

        CliHarness.Run clean = cli.run(config, "verify", ref, "--sandbox");
        CliHarness.Run other = cli.run(config, "apply", "--sandbox", sale.toString(), "--count-ref", "after-a-sale");
        CliHarness.Run drifted = cli.run(config, "verify", ref, "--sandbox");
        CliHarness.Run conflicted = cli.run(config, "revert", ref, "--sandbox");
        CliHarness.Run reverted = cli.run(config, "revert", ref, "--sandbox", "--on-conflict", "keep-counted");
        CliHarness.Run after = cli.run(config, "verify", ref, "--sandbox", "--json");

        assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
        assertThat(other.exit()).isZero();
        assertThat(drifted.exit()).isEqualTo(1);
        assertThat(drifted.out()).containsPattern("(?m)^91\\s+-\\s+120\\s+117\\s+-3\\s+moved since");
        assertThat(conflicted.exit()).isEqualTo(2);
        assertThat(conflicted.out()).contains("91: set to 120 by the count, is 117 now");
        assertThat(reverted.exit()).as(reverted.out() + reverted.err()).isZero();
        JsonNode report = json(after);
        assertThat(report.get("exit_code").asInt()).isZero();
        assertThat(report.get("positions")).extracting(p -> p.get("item").asText() + "=" + p.get("found").asText())
                .containsExactly("88=40", "91=130", "93=7.5", "95=0", "97=18");
    }

    @Test
    void orderTime() throws Exception {
        CliHarness cli = CliHarness.absolute(folder);
        Path config = cli.write("ordertime.properties", java.nio.file.Files.readString(
                EXAMPLES.resolve("ordertime/stockadj.properties")) + "\nordertime.requests-per-minute = 6000\n");
        String ref = json(cli.run(config, "apply", "--sandbox", EXAMPLES.resolve("ordertime/count.csv").toString(),
                "--json")).get("count_ref").asText();
        Path sale = cli.write("sale.csv", "sku,counted,book\nGASKET-10,100,104\n");

        CliHarness.Run clean = cli.run(config, "verify", ref, "--sandbox");
        cli.run(config, "apply", "--sandbox", sale.toString(), "--count-ref", "after-a-sale");
        CliHarness.Run drifted = cli.run(config, "verify", ref, "--sandbox");
        CliHarness.Run reverted = cli.run(config, "revert", ref, "--sandbox", "--json");
        CliHarness.Run afterSale = cli.run(config, "revert", "after-a-sale", "--sandbox");
        CliHarness.Run after = cli.run(config, "verify", ref, "--sandbox");
        CliHarness.Run journal = cli.run(config, "journal", "--sandbox", "--count-ref", ref);

        assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
        assertThat(drifted.exit()).isEqualTo(1);
        assertThat(drifted.out()).containsPattern("(?m)^31\\s+-\\s+104\\s+100\\s+-4\\s+moved since");
        assertThat(reverted.exit()).as(reverted.out() + reverted.err()).isZero();
        assertThat(json(reverted).get("steps")).hasSize(4)
                .allSatisfy(s -> assertThat(s.get("action").asText()).startsWith("delete"));
        assertThat(afterSale.exit()).isZero();
        assertThat(after.exit()).as(after.out()).isZero();
        assertThat(after.out()).containsPattern("(?m)^31\\s+-\\s+100\\s+100\\s+0\\s+matches")
                .containsPattern("(?m)^45\\s+Floor/SN-1004\\s+0\\s+0\\s+0\\s+matches");
        String documents = journal.out().substring(0, journal.out().indexOf("Revert steps:"));
        assertThat(documents).contains("REVERTED").doesNotContain("APPLIED");
        assertThat(journal.out().substring(documents.length())).contains("deleted");
    }

    @Test
    void foodics() throws Exception {
        CliHarness cli = CliHarness.costs(folder);
        Path config = EXAMPLES.resolve("foodics/stockadj.properties");
        JsonNode applied = json(cli.run(config, "costs", "apply", EXAMPLES.resolve("foodics/costs.csv").toString(),
                "--sandbox", "--json"));
        String key = applied.get("key").asText();
        Path other = cli.write("other.csv", "sku,cost_per_unit\nOIL-5L,35\n");
        Path draftCosts = cli.write("draft.csv", "sku,cost_per_unit\nRICE-5KG,37.40\n");
        Path changed = cli.write("changed.csv", "sku,cost_per_unit\nRICE-5KG,38\nTOMATO-KG,4.40\n");

        CliHarness.Run clean = cli.run(config, "verify", key, "--sandbox");
        cli.run(config, "costs", "apply", other.toString(), "--sandbox");
        CliHarness.Run drifted = cli.run(config, "verify", key, "--sandbox");
        CliHarness.Run reverted = cli.run(config, "revert", key, "--sandbox", "--on-conflict", "keep-counted");
        CliHarness.Run after = cli.run(config, "verify", key, "--sandbox", "--json");
        String draft = json(cli.run(config, "costs", "apply", draftCosts.toString(), "--draft", "--sandbox", "--json"))
                .get("adjustment").get("id").asText();
        CliHarness.Run updated = cli.run(config, "costs", "update", draft, changed.toString(), "--sandbox");
        CliHarness.Run refused = cli.run(config, "costs", "update", applied.get("adjustment").get("id").asText(),
                changed.toString(), "--sandbox");

        assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
        assertThat(drifted.exit()).isEqualTo(1);
        assertThat(drifted.out()).containsPattern("(?m)^i-oil-5l\\s+33\\.1\\s+35\\s+\\+1\\.9\\s+moved since");
        assertThat(reverted.exit()).as(reverted.out() + reverted.err()).isZero();
        assertThat(json(after).get("exit_code").asInt()).isZero();
        assertThat(json(after).get("items")).extracting(i -> i.get("item").asText() + "=" + i.get("found").asText())
                .containsExactly("i-flour-25kg=42.5", "i-oil-5l=31.75", "i-sugar-10kg=28");
        assertThat(updated.exit()).as(updated.out() + updated.err()).isZero();
        assertThat(updated.out()).contains("(draft)", "i-tomato-kg").containsPattern("i-rice-5kg\\s+38");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("is closed");
    }
}
