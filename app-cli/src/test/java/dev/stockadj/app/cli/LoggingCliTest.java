package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run logs, where: -v/-vv on stderr, always the log file under the stockadj home, never stdout or a secret. */
class LoggingCliTest {
    private static final String COUNT = SandboxCliTest.EXAMPLES.resolve("qoyod/count.csv").toString();
    private static final Pattern KEY = Pattern.compile("(sa1-[0-9a-f]+) PLANNED → SENDING");

    @TempDir
    Path folder;

    @Test
    void veryVerboseShowsEachJournalTransitionOfTheSandboxApplyOnStderrAndTheLogFileHasThemToo() throws IOException {
        CliHarness cli = CliHarness.absolute(folder);

        CliHarness.Run apply = cli.runRaw("-vv", "apply", "--sandbox", COUNT);

        assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
        Matcher sent = KEY.matcher(apply.err());
        assertThat(sent.find()).as(apply.err()).isTrue();
        String key = sent.group(1);
        assertThat(apply.err()).contains(key + " (new) → PLANNED", key + " SENDING → APPLIED, vendor id ")
                .contains(" DEBUG "); // -vv lets stockadj's DEBUG through (the adapters' request lines too)
        assertThat(apply.out()).doesNotContain("PLANNED →", "INFO");
        assertThat(logFile(cli)).contains(key + " (new) → PLANNED", key + " PLANNED → SENDING",
                key + " SENDING → APPLIED, vendor id ");
    }

    @Test
    void withoutVerboseStderrHasNoLogLinesButTheLogFileHasTheTransitionsAtInfo() throws IOException {
        CliHarness cli = CliHarness.absolute(folder);
        cli.write("count.csv", "item,counted\n1,5\n");

        CliHarness.Run apply = cli.run("apply", folder.resolve("count.csv").toString());

        assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
        assertThat(apply.err()).doesNotContain("→", "INFO");
        assertThat(logFile(cli)).contains(" INFO ", "PLANNED → SENDING", "SENDING → APPLIED")
                .doesNotContain(" DEBUG ");
        assertThat(cli.home.resolve("logs").resolve("stockadj.log")).isRegularFile();
    }

    @Test
    void jsonStdoutIsOneJsonObjectEvenWithVeryVerbose() throws IOException {
        CliHarness cli = CliHarness.absolute(folder);

        CliHarness.Run apply = cli.runRaw("-vv", "apply", "--sandbox", COUNT, "--json");

        assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
        JsonNode printed = new ObjectMapper().readTree(apply.out());
        assertThat(printed.isObject()).isTrue();
        assertThat(printed.get("result").asText()).isEqualTo("applied");
        assertThat(apply.err()).contains("PLANNED → SENDING");
    }

    @Test
    void noConfiguredSecretReachesStderrOrTheLogFileEvenWithVeryVerboseAndAFailure() throws IOException {
        try (QoyodSandbox qoyod = QoyodSandbox.start(0)) {
            String key = qoyod.apiKey().reveal();
            CliHarness cli = CliHarness.absolute(folder).withEnvironment("QOYOD_API_KEY", key);
            Path config = cli.write("qoyod.properties", "vendor = qoyod\nqoyod.base-url = " + qoyod.baseUrl()
                    + "\nqoyod.api-key = ${QOYOD_API_KEY}\nqoyod.inventory-id = 12\nqoyod.revenue-account-id = 301\n"
                    + "qoyod.expense-account-id = 502\n");

            CliHarness.Run apply = cli.run(config, "-vv", "--debug", "apply", COUNT);
            CliHarness.Run again = cli.run(config, "-vv", "apply", COUNT, "--json");

            assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
            assertThat(again.exit()).isZero();
            assertThat(qoyod.adjustmentIds()).hasSize(1);
            String log = logFile(cli);
            assertThat(log).contains("SENDING → APPLIED");
            assertThat(apply.err() + apply.out() + again.err() + again.out() + log).doesNotContain(key);
        }
    }

    @Test
    void aFailuresStackTraceGoesToTheLogFileAtErrorAndToStderrOnlyWithDebug() throws IOException {
        CliHarness cli = CliHarness.absolute(folder);
        Path notAJournal = cli.write("not-a-journal.db", "plain text, not a database");

        CliHarness.Run quiet = cli.runRaw("--config", cli.config.toString(), "--journal", notAJournal.toString(),
                "journal");
        CliHarness.Run debug = cli.runRaw("--config", cli.config.toString(), "--journal", notAJournal.toString(),
                "--debug", "journal");

        assertThat(quiet.exit()).isNotZero();
        assertThat(quiet.err()).hasLineCount(1).doesNotContain("\tat ");
        assertThat(debug.err()).contains("\tat ");
        assertThat(logFile(cli)).contains(" ERROR ", "the run failed", "\tat ");
    }

    @Test
    void aHomeWhereNoLogCanBeWrittenCostsOneLineOnStderrAndTheRunGoesOn() {
        Path file = new CliHarness(folder.resolve("a"), CliHarness.absolute(folder).vendor).write("home-is-a-file", "x");
        CliHarness cli = CliHarness.absolute(folder.resolve("b")).withEnvironment("STOCKADJ_HOME", file.toString());
        cli.write("count.csv", "item,counted\n1,5\n");

        CliHarness.Run apply = cli.run("apply", cli.folder.resolve("count.csv").toString());
        CliHarness.Run again = cli.run("apply", cli.folder.resolve("count.csv").toString());

        assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
        assertThat(apply.err()).hasLineCount(1).startsWith("stockadj: not writing the log file in " + file.resolve("logs"));
        assertThat(again.exit()).isZero();
        assertThat(again.err()).as("said once per process").isEmpty();
    }

    private static String logFile(CliHarness cli) throws IOException {
        return Files.readString(cli.home.resolve("logs").resolve("stockadj.log"), StandardCharsets.UTF_8);
    }
}
