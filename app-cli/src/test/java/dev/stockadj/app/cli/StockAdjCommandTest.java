package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class StockAdjCommandTest {
    @TempDir
    Path folder;

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliHarness.Run run = CliHarness.absolute(folder).runRaw("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("plan", "apply", "costs", "journal", "resolve", "sandbox", "Exit codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "apply", "costs apply", "costs list", "costs show", "journal", "resolve", "sandbox"})
    void everyCommandAnswersHelpWithItsOptionsAndExitsZero(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");

        CliHarness.Run run = CliHarness.absolute(folder).runRaw(args.toArray(new String[0]));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Usage: stockadj " + command);
    }

    @Test
    void withoutACommandOrSubcommandItShowsUsageAndExitsTwo() {
        CliHarness cli = CliHarness.absolute(folder);

        CliHarness.Run none = cli.runRaw();
        CliHarness.Run costs = cli.runRaw("costs");

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: stockadj");
        assertThat(costs.exit()).isEqualTo(2);
        assertThat(costs.err()).contains("show", "close", "delete");
    }

    @Test
    void anUnknownOptionOrAMissingFileArgumentIsBadInput() {
        CliHarness cli = CliHarness.absolute(folder);

        assertThat(cli.run("apply").exit()).isEqualTo(2);
        assertThat(cli.run("apply", "x.csv", "--bogus").exit()).isEqualTo(2);
        assertThat(cli.run("apply", "x.csv", "--date", "2026-13-40").exit()).isEqualTo(2);
        CliHarness.Run memo = cli.run("apply", cli.write("c.csv", "item,counted\n1,1\n").toString(),
                "--memo", "m".repeat(1001));
        assertThat(memo.exit()).isEqualTo(2);
        assertThat(memo.err()).contains("--memo");
    }

    @Test
    void aBadOptionValueIsOneLineNamingTheOptionAndWhatItTakesWithoutTheUsage() {
        CliHarness cli = CliHarness.absolute(folder);
        String count = cli.write("c.csv", "item,counted\n1,1\n").toString();

        CliHarness.Run date = cli.run("apply", count, "--date", "22/11/2026");
        CliHarness.Run policy = cli.run("plan", count, "--on-conflict", "overwrite");

        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).hasLineCount(1).contains("--date", "YYYY-MM-DD").doesNotContain("Usage:");
        assertThat(date.out()).isEmpty();
        assertThat(policy.exit()).isEqualTo(2);
        assertThat(policy.err()).hasLineCount(1).contains("--on-conflict", "fail, keep-counted, keep-difference")
                .doesNotContain("Usage:");
    }

    @Test
    void underJsonABadOptionIsOneInvalidObjectWhoseProblemNamesTheOption() throws Exception {
        CliHarness cli = CliHarness.absolute(folder);
        String count = cli.write("c.csv", "item,counted\n1,1\n").toString();

        CliHarness.Run run = cli.run("apply", count, "--json", "--on-conflict", "overwrite");

        JsonNode printed = new ObjectMapper().readTree(run.out());
        assertThat(printed.get("result").asText()).isEqualTo("invalid");
        assertThat(printed.get("exit_code").asInt()).isEqualTo(2);
        assertThat(printed.get("message").asText()).contains("--on-conflict", "keep-counted");
        assertThat(printed.get("problems")).singleElement()
                .satisfies(p -> assertThat(p.get("field").asText()).isEqualTo("--on-conflict"));
    }

    @Test
    void debugAddsTheStackTraceOfAFailureOnlyWhenAsked() {
        CliHarness cli = CliHarness.absolute(folder);

        CliHarness.Run plain = cli.run("sandbox", "--vendor", "qoyod", "--port", "-1");
        CliHarness.Run debug = cli.run("--debug", "sandbox", "--vendor", "qoyod", "--port", "-1");

        assertThat(plain.exit()).isEqualTo(2);
        assertThat(plain.err()).hasLineCount(1).contains("--port").doesNotContain("\tat ");
        assertThat(debug.exit()).isEqualTo(2);
        assertThat(debug.err()).startsWith(plain.err().strip()).contains("\tat ", "ConfigException");
    }

    @Test
    void aJournalThatIsNotAJournalIsRefusedAsSomethingTheUserFixes() {
        CliHarness cli = CliHarness.absolute(folder);
        cli.write("not-a-db", "plain text, not SQLite at all, long enough to be read as a header");
        cli.write("empty.db", "");

        CliHarness.Run run = cli.runRaw("--journal", folder.resolve("not-a-db").toString(), "journal");
        CliHarness.Run empty = cli.runRaw("--journal", folder.resolve("empty.db").toString(), "journal");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is not a stockadj journal", "--journal").doesNotContain("Exception");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("is an empty file, not a stockadj journal");
    }
}
