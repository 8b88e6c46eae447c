package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import dev.stockadj.core.testing.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandTest {
    @TempDir
    Path folder;

    private CliHarness cli;

    private Path count(CliHarness harness) {
        harness.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("1")), Quantity.of(10));
        harness.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("2")), Quantity.of(5));
        return harness.write("count.csv", "item,counted,unit_cost\n1,12,2.50\n2,4,1.25\n3,7,\n");
    }

    @Test
    void appliesACountAndPrintsTheVarianceAndTheAppliedDocument() {
        cli = CliHarness.absolute(folder);
        CliHarness.Run run = cli.run("apply", count(cli).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ITEM", "BOOK", "COUNTED", "VARIANCE", "VALUE")
                .containsPattern("1\\s+-\\s+10\\s+12\\s+\\+2\\s+\\+5\\.00")
                .containsPattern("2\\s+-\\s+5\\s+4\\s+-1\\s+-1\\.25")
                .contains("Gains 5.00 SAR", "losses -1.25 SAR", "APPLIED");
        assertThat(cli.vendor.stockAt(CliHarness.LOCATION, Position.of(new ItemId("1")))).isEqualTo(Quantity.of(12));
    }

    @Test
    void theSameFileAgainIsAlreadyAppliedAndSendsNothing() {
        cli = CliHarness.absolute(folder);
        Path file = count(cli);
        cli.run("apply", file.toString());

        CliHarness.Run again = cli.run("apply", file.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.out()).containsIgnoringCase("already applied");
        assertThat(cli.vendor.sends()).hasSize(1);
    }

    @Test
    void theSameFileOnALaterDayIsStillAlreadyApplied() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-22T10:00:00Z"));
        cli = CliHarness.absolute(folder).withClock(clock);
        Path file = count(cli);
        cli.run("apply", file.toString());
        clock.advance(Duration.ofDays(3));

        CliHarness.Run again = cli.run("apply", file.toString(), "--json");

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("\"result\" : \"already_applied\"").doesNotContain("reference_reused");
        assertThat(cli.vendor.sends()).hasSize(1);
    }

    @Test
    void aCountInterruptedOneDayIsFinishedTheNext() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-22T10:00:00Z"));
        cli = CliHarness.delta(folder, 1).withClock(clock);
        Path file = count(cli);
        cli.vendor.failNext(Fault.REFUSED);
        assertThat(cli.run("apply", file.toString()).exit()).isEqualTo(3);
        clock.advance(Duration.ofDays(1));

        CliHarness.Run resumed = cli.run("apply", file.toString());

        assertThat(resumed.exit()).isZero();
        assertThat(cli.vendor.applications()).hasSize(3).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void anExplicitOtherDateIsAnotherCountUnderTheSameReference() {
        cli = CliHarness.absolute(folder);
        Path file = count(cli);
        cli.run("apply", file.toString(), "--date", "2026-11-21");

        CliHarness.Run other = cli.run("apply", file.toString(), "--date", "2026-11-22");

        assertThat(other.exit()).isEqualTo(2);
        assertThat(cli.vendor.sends()).hasSize(1);
    }

    @Test
    void aBadLineExitsTwoAndSendsNothing() {
        cli = CliHarness.absolute(folder);
        Path file = cli.write("bad.csv", "item,counted\n1,5\n2,-1\n,3\n");

        CliHarness.Run run = cli.run("apply", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("2 problem(s)", "line 2 (counted)", "line 3 (item)", "file line 3", "file line 4");
        assertThat(cli.vendor.sends()).isEmpty();
    }

    @Test
    void aBadCountRefWithABadFileExitsTwoNamingTheOption() {
        cli = CliHarness.absolute(folder);
        Path file = cli.write("bad.csv", "item,counted\n1,-5\n");

        CliHarness.Run run = cli.run("apply", file.toString(), "--count-ref", " leading-space", "--json");

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("--count-ref").doesNotContain("Exception");
        assertThat(cli.vendor.sends()).isEmpty();
    }

    @Test
    void aRejectedDocumentExitsOneWithEveryVendorMessage() {
        cli = CliHarness.absolute(folder);
        Path file = count(cli);
        cli.vendor.failNext(Fault.REJECT);

        CliHarness.Run run = cli.run("apply", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("REJECTED", "rejected by the vendor", "line_items: is invalid");
    }

    @Test
    void anUncertainOutcomeExitsThreeAndTheReRunSettlesIt() {
        cli = CliHarness.delta(folder, 50);
        Path file = count(cli);
        cli.vendor.failNext(Fault.LANDED_THEN_LOST);

        CliHarness.Run first = cli.run("apply", file.toString());
        CliHarness.Run second = cli.run("apply", file.toString());

        assertThat(first.exit()).isEqualTo(3);
        assertThat(first.out()).contains("UNCERTAIN");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("APPLIED");
        assertThat(cli.vendor.applications().values()).containsOnly(1);
    }

    @Test
    void anUnreachableVendorExitsThree() {
        cli = CliHarness.absolute(folder);
        Path file = count(cli);
        cli.vendor.failNext(Fault.REFUSED);

        assertThat(cli.run("apply", file.toString()).exit()).isEqualTo(3);
    }

    @Test
    void refusedCredentialsExitFour() {
        cli = CliHarness.absolute(folder);
        Path file = count(cli);
        cli.vendor.failNext(Fault.AUTH);

        CliHarness.Run run = cli.run("apply", file.toString());

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains("unauthorised");
    }

    @Test
    void theSameReferenceWithOtherContentExitsTwo() {
        cli = CliHarness.absolute(folder);
        Path file = count(cli);
        cli.run("apply", file.toString(), "--count-ref", "weekly-1");
        Path other = cli.write("other.csv", "item,counted\n1,1\n");

        CliHarness.Run run = cli.run("apply", other.toString(), "--count-ref", "weekly-1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("weekly-1", "other content", "--count-ref");
    }

    @Test
    void conflictsUnderFailExitTwoAndKeepCountedGoesOn() {
        cli = CliHarness.absolute(folder);
        cli.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("1")), Quantity.of(10));
        Path file = cli.write("moved.csv", "item,counted,book\n1,8,9\n");

        CliHarness.Run fail = cli.run("apply", file.toString(), "--json");
        CliHarness.Run keep = cli.run("apply", file.toString(), "--on-conflict", "keep-counted");

        assertThat(fail.exit()).isEqualTo(2);
        assertThat(fail.out()).contains("\"conflicts\"", "\"book_at_count\" : \"9\"", "\"book_now\" : \"10\"");
        assertThat(keep.exit()).isZero();
        assertThat(cli.vendor.stockAt(CliHarness.LOCATION, Position.of(new ItemId("1")))).isEqualTo(Quantity.of(8));
    }

    @Test
    void anUnknownConflictPolicyIsBadInput() {
        cli = CliHarness.absolute(folder);

        CliHarness.Run run = cli.run("apply", count(cli).toString(), "--on-conflict", "whatever");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("keep-counted");
    }

    @Test
    void aVendorWithoutQuantitiesRefusesACountWithExitTwo() {
        cli = CliHarness.costs(folder);

        CliHarness.Run run = cli.run("apply", cli.write("c.csv", "item,counted\n1,1\n").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("takes no stock quantities");
    }

    @Test
    void aMissingLocationNamesTheSettingAndCanBeGivenOnTheCommandLine() {
        cli = CliHarness.absolute(folder).withoutLocation();
        Path file = count(cli);

        CliHarness.Run missing = cli.run("apply", file.toString());
        CliHarness.Run given = cli.run("apply", file.toString(), "--location", "12");

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("memory.location-id");
        assertThat(given.exit()).isZero();
    }

    @Test
    void aConfigurationErrorUnderJsonIsStillOneJsonObject() throws Exception {
        cli = CliHarness.absolute(folder).withoutLocation();

        CliHarness.Run run = cli.run("apply", count(cli).toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(json.get("result").asText()).isEqualTo("failed");
        assertThat(json.get("exit_code").asInt()).isEqualTo(2);
        assertThat(json.get("message").asText()).startsWith("memory.location-id:");
        assertThat(json.get("count_ref").asText()).isEqualTo("count.csv");
        assertThat(json.get("documents")).isEmpty();
        assertThat(json.has("variance")).isTrue();
    }

    @Test
    void aVendorFailureBeforeAnythingIsPlannedUnderJsonKeepsThePlanShape() throws Exception {
        cli = CliHarness.absolute(folder);
        cli.vendor.failReads(new dev.stockadj.core.port.out.VendorAuthFailed(401, "unauthorised"));

        CliHarness.Run run = cli.run("plan", count(cli).toString(), "--json", "--count-ref", "c-9");
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exit()).isEqualTo(4);
        assertThat(json.get("count_ref").asText()).isEqualTo("c-9");
        assertThat(json.get("exit_code").asInt()).isEqualTo(4);
        assertThat(json.get("documents")).isEmpty();
    }

    @Test
    void jsonGivesOneObjectWithTheDocumentsAndTheVariance() throws Exception {
        cli = CliHarness.absolute(folder);

        CliHarness.Run run = cli.run("apply", count(cli).toString(), "--json", "--count-ref", "c-1");
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exit()).isZero();
        assertThat(json.get("count_ref").asText()).isEqualTo("c-1");
        assertThat(json.get("documents")).hasSize(1);
        JsonNode document = json.get("documents").get(0);
        assertThat(document.get("key").asText()).startsWith("sa1-");
        assertThat(document.get("status").asText()).isEqualTo("APPLIED");
        assertThat(document.get("vendor_id").asText()).isNotBlank();
        assertThat(document.get("lines").asInt()).isEqualTo(3);
        assertThat(document.get("errors")).isEmpty();
        assertThat(json.get("variance").get("gains").asText()).isEqualTo("5.00");
        assertThat(json.get("variance").get("losses").asText()).isEqualTo("-1.25");
        assertThat(json.get("variance").get("lines")).hasSize(3);
    }

    @Test
    void showsProgressOnAnInteractiveTerminalForSeveralDocuments() {
        cli = CliHarness.delta(folder, 1).interactive();

        CliHarness.Run run = cli.run("apply", count(cli).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("[##########--------------------] 1/3 documents", "3/3 documents");
    }

    @Test
    void theProgressLineIsEndedWhenTheRunHaltsAndTheHaltIsSaidOnItsOwnLine() {
        cli = CliHarness.delta(folder, 1).interactive();
        cli.vendor.failNext(Fault.REFUSED);

        CliHarness.Run run = cli.run("apply", count(cli).toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("planning 3 line(s)", "0/3 documents").endsWith("\n");
        assertThat(run.err().lines().filter(line -> line.contains("documents")).map(String::strip).toList()).singleElement().asString()
                .endsWith("0/3 documents");
    }

    @Test
    void showsNoProgressWithVerboseLogging() {
        cli = CliHarness.delta(folder, 1).interactive();

        CliHarness.Run run = cli.run("-v", "apply", count(cli).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("SENDING → APPLIED").doesNotContain("documents", "\r");
    }

    @Test
    void showsNoProgressWithJsonOrWithoutATerminal() {
        cli = CliHarness.delta(folder, 1).interactive();
        CliHarness.Run json = cli.run("apply", count(cli).toString(), "--json", "--count-ref", "a");
        CliHarness batch = CliHarness.delta(folder.resolve("batch"), 1);
        CliHarness.Run piped = batch.run("apply", count(batch).toString(), "--count-ref", "b");

        assertThat(json.exit()).isZero();
        assertThat(piped.exit()).isZero();
        assertThat(json.err() + piped.err()).doesNotContain("documents");
    }
}
