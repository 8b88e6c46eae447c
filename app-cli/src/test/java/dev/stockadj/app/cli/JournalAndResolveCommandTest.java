package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalAndResolveCommandTest {
    @TempDir
    Path folder;

    /** An absolute vendor cannot be searched: a lost answer whose stock then moves stays UNCERTAIN. */
    private String uncertainKey(CliHarness cli) throws Exception {
        cli.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("1")), Quantity.of(10));
        cli.vendor.failNext(Fault.LANDED_THEN_LOST);
        Path file = cli.write("count.csv", "item,counted\n1,12\n");
        JsonNode json = new ObjectMapper().readTree(cli.run("apply", file.toString(), "--json").out());
        cli.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("1")), Quantity.of(11));
        CliHarness.Run stuck = cli.run("apply", file.toString());
        String key = json.get("documents").get(0).get("key").asText();
        assertThat(stuck.exit()).isEqualTo(3);
        assertThat(stuck.out()).contains("UNCERTAIN", "stockadj resolve " + key + " --applied | --not-applied");
        return key;
    }

    @Test
    void listsTheJournalByCountAsTableAndJson() throws Exception {
        CliHarness cli = CliHarness.absolute(folder);
        cli.run("apply", cli.write("a.csv", "item,counted\n1,1\n").toString(), "--count-ref", "first");
        cli.run("apply", cli.write("b.csv", "item,counted\n2,1\n").toString(), "--count-ref", "second");

        CliHarness.Run all = cli.run("journal");
        CliHarness.Run one = cli.run("journal", "--count-ref", "first", "--json");

        assertThat(all.exit()).isZero();
        assertThat(all.out().indexOf("second")).isLessThan(all.out().indexOf("first")).isPositive();
        JsonNode entries = new ObjectMapper().readTree(one.out()).get("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("count_ref").asText()).isEqualTo("first");
        assertThat(entries.get(0).get("status").asText()).isEqualTo("APPLIED");
    }

    @Test
    void resolvesAnUncertainDocumentAsAppliedOnce() throws Exception {
        CliHarness cli = CliHarness.absolute(folder);
        String key = uncertainKey(cli);

        CliHarness.Run resolved = cli.run("resolve", key, "--applied");
        CliHarness.Run again = cli.run("resolve", key, "--applied");

        assertThat(resolved.exit()).isZero();
        assertThat(resolved.out()).contains("APPLIED");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.out()).contains("not UNCERTAIN");
    }

    @Test
    void notAppliedSendsItOnTheNextApply() throws Exception {
        CliHarness cli = CliHarness.absolute(folder);
        String key = uncertainKey(cli);

        assertThat(cli.run("resolve", key, "--not-applied").out()).contains("PLANNED");
        assertThat(cli.run("apply", folder.resolve("count.csv").toString()).exit()).isZero();
    }

    @Test
    void resolveRefusesUnknownAndMalformedKeysAndNeedsOneVerdict() {
        CliHarness cli = CliHarness.absolute(folder);

        assertThat(cli.run("resolve", "sa1-000000000000000000000000", "--applied").exit()).isEqualTo(2);
        CliHarness.Run malformed = cli.run("resolve", "nonsense", "--applied");
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).contains("KEY");
        assertThat(cli.run("resolve", "sa1-000000000000000000000000").exit()).isEqualTo(2);
        assertThat(cli.run("resolve", "sa1-000000000000000000000000", "--applied", "--not-applied").exit()).isEqualTo(2);
    }

    @Test
    void journalAndResolveTakeSandboxAndStillHonourAnExplicitJournal() throws Exception {
        CliHarness cli = CliHarness.absolute(folder);
        String key = uncertainKey(cli);

        CliHarness.Run listed = cli.run("journal", "--sandbox");
        CliHarness.Run resolved = cli.run("resolve", key, "--not-applied", "--sandbox");

        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(key);
        assertThat(resolved.exit()).as(resolved.err()).isZero();
        assertThat(resolved.out()).contains("PLANNED");
    }
}
