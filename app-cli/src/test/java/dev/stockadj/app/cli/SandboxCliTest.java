package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against the vendors' built-in emulators, with the examples of the repository. */
class SandboxCliTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    private CliHarness cli() {
        return CliHarness.absolute(folder);
    }

    @Test
    void theReadmeFirstCommandAppliesTheQoyodExampleOnceWithoutAConfigurationFile() {
        CliHarness cli = cli();
        String count = EXAMPLES.resolve("qoyod/count.csv").toString();

        CliHarness.Run first = cli.runRaw("--journal", cli.journal.toString(), "apply", "--sandbox", count);
        CliHarness.Run again = cli.runRaw("--journal", cli.journal.toString(), "apply", "--sandbox", count);

        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("ITEM", "VARIANCE", "Gains", "APPLIED");
        assertThat(first.out()).as("the SKU the counter wrote beside the vendor id")
                .containsPattern("(?m)^88\\s+WID-A\\s");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("Already applied");
    }

    @Test
    void orderTimeExampleWithBinsLotsAndSerialsAppliesAgainstTheSandbox() throws Exception {
        CliHarness cli = cli();

        CliHarness.Run run = cli.run(EXAMPLES.resolve("ordertime/stockadj.properties"), "apply",
                EXAMPLES.resolve("ordertime/count.csv").toString(), "--sandbox", "--json");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("\"result\" : \"applied\"", "\"currency\" : \"USD\"", "SN-1002")
                .doesNotContain("\"status\" : \"PLANNED\"");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("documents")).as("gains and losses, with and without bin/lot details").hasSize(4)
                .allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("APPLIED"));
        int lines = 0;
        for (JsonNode document : report.get("documents")) {
            lines += document.get("lines").asInt();
        }
        assertThat(lines).as("every count line that changes stock (SN-1001 is already right)").isEqualTo(8);
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("halt").isNull()).isTrue();
        assertThat(report.get("unchecked")).as("what only Order Time can tell").singleElement()
                .satisfies(note -> assertThat(note.asText()).contains("may be kept in the bins"));
    }

    @Test
    void orderTimeRefusesANewSerialWithoutExpiryBeforeSendingAnything() throws Exception {
        CliHarness cli = cli();
        String example = Files.readString(EXAMPLES.resolve("ordertime/count.csv"));
        Path count = cli.write("count.csv", example.replace("SN-1004,2031-12-31,", "SN-1004,,"));

        CliHarness.Run run = cli.run(EXAMPLES.resolve("ordertime/stockadj.properties"), "apply", count.toString(),
                "--sandbox", "--json");

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        JsonNode problems = new ObjectMapper().readTree(run.out()).get("problems");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.get("line").asInt()).as("the data line of SN-1004").isEqualTo(9);
            assertThat(p.get("field").asText()).isEqualTo("expires");
            assertThat(p.get("message").asText()).contains("SN-1004");
        });
        assertThat(run.out()).doesNotContain("APPLIED");
    }

    @Test
    void foodicsTakesNoCountAndQoyodNoCostCorrection() {
        CliHarness cli = cli();

        CliHarness.Run count = cli.run(EXAMPLES.resolve("foodics/stockadj.properties"), "plan",
                EXAMPLES.resolve("qoyod/count.csv").toString(), "--sandbox");
        CliHarness.Run costs = cli.run(EXAMPLES.resolve("qoyod/stockadj.properties"), "costs", "apply",
                EXAMPLES.resolve("foodics/costs.csv").toString(), "--sandbox");

        assertThat(count.exit()).isEqualTo(2);
        assertThat(costs.exit()).isEqualTo(2);
        assertThat(costs.out()).contains("unit_cost");
    }

    @Test
    void foodicsCostsExampleAppliesAgainstTheSandbox() {
        CliHarness cli = cli();

        CliHarness.Run run = cli.run(EXAMPLES.resolve("foodics/stockadj.properties"), "costs", "apply", EXAMPLES.resolve("foodics/costs.csv").toString(), "--sandbox");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Cost adjustment", "closed", FoodicsSandbox.BRANCH_RIYADH, "Revaluation");
    }

    @Test
    void theSandboxCommandPrintsWhereAndHowToReachTheEmulator() {
        CliHarness cli = cli();

        CliHarness.Run run = cli.run("sandbox", "--vendor", "foodics");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("foodics sandbox running at http://127\\.0\\.0\\.1:\\d+")
                .contains("Authorization: Bearer", "foodics.branch-id b-riyadh-1", "curl -H")
                .containsPattern("curl .*/cost_adjustments")
                .contains("state: " + cli.home.resolve("sandbox/foodics.json"), "stockadj sandbox --reset --vendor foodics");
    }

    @Test
    void theSandboxCommandNamesTheKnownVendorsForAnUnknownOne() {
        CliHarness.Run run = cli().run("sandbox", "--vendor", "sap");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--vendor", "foodics");
    }

    @Test
    void aSecretNeverAppearsInOutputErrorsOrTheJournal() throws Exception {
        String secret = "tok-VERY-SECRET-4711";
        try (FoodicsSandbox foodics = FoodicsSandbox.start(0)) {
            CliHarness cli = cli();
            Path config = cli.write("foodics.properties", "vendor = foodics\nfoodics.base-url = " + foodics.baseUrl()
                    + "\nfoodics.token = ${FOODICS_TOKEN}\nfoodics.branch-id = b-riyadh-1\n");
            Path costs = cli.write("costs.csv", "sku,cost_per_unit\nFLOUR-25KG,44\n");

            CliHarness.Run text = runWithToken(cli, config, secret, "costs", "apply", costs.toString());
            CliHarness.Run json = runWithToken(cli, config, secret, "costs", "list", "--json");
            CliHarness.Run count = runWithToken(cli, config, secret, "apply", cli.write("c.csv", "item,counted\n1,1\n")
                    .toString(), "--json");

            assertThat(text.exit()).isEqualTo(4);
            assertThat(json.exit()).isEqualTo(4);
            assertThat(json.out()).contains("\"exit_code\" : 4");
            assertThat(count.exit()).isEqualTo(2);
            for (CliHarness.Run run : new CliHarness.Run[] {text, json, count}) {
                assertThat(run.out() + run.err()).doesNotContain(secret);
            }
            if (Files.exists(cli.journal)) {
                assertThat(new String(Files.readAllBytes(cli.journal), StandardCharsets.ISO_8859_1))
                        .doesNotContain(secret);
            }
        }
    }

    @Test
    void theQoyodKeyReachesNeitherOutputNorTheJournalOfASuccessfulApply() throws Exception {
        try (QoyodSandbox qoyod = QoyodSandbox.start(0)) {
            String key = qoyod.apiKey().reveal();
            CliHarness cli = cli().withEnvironment("QOYOD_API_KEY", key);
            Path config = cli.write("qoyod.properties", "vendor = qoyod\nqoyod.base-url = " + qoyod.baseUrl()
                    + "\nqoyod.api-key = ${QOYOD_API_KEY}\nqoyod.inventory-id = 12\n"
                    + "qoyod.revenue-account-id = 301\nqoyod.expense-account-id = 502\n");

            CliHarness.Run apply = cli.run(config, "apply", EXAMPLES.resolve("qoyod/count.csv").toString());
            CliHarness.Run journal = cli.run(config, "journal", "--json");

            assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
            assertThat(apply.out() + apply.err() + journal.out() + journal.err()).doesNotContain(key);
            assertThat(new String(Files.readAllBytes(cli.journal), StandardCharsets.ISO_8859_1)).doesNotContain(key)
                    .contains("APPLIED");
        }
    }

    private static CliHarness.Run runWithToken(CliHarness cli, Path config, String token, String... args) {
        return cli.withEnvironment("FOODICS_TOKEN", token).run(config, args);
    }

    @Test
    void aQoyodThatCannotBeReachedExitsThreeFreezesNothingAndKeepsTheKeySecret() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CliHarness cli = cli();
        Path config = cli.write("qoyod.properties", "vendor = qoyod\n"
                + "qoyod.base-url = http://127.0.0.1:" + closedPort + "/2.0\n"
                + "qoyod.api-key = ${QOYOD_API_KEY}\n"
                + "qoyod.inventory-id = 12\nqoyod.revenue-account-id = 301\nqoyod.expense-account-id = 502\n");
        cli.withEnvironment("QOYOD_API_KEY", "live-key-never-shown-42");

        CliHarness.Run run = cli.run(config, "apply", EXAMPLES.resolve("qoyod/count.csv").toString());
        CliHarness.Run journal = cli.run(config, "journal");

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.out() + run.err()).contains("could not be reached").doesNotContain("live-key-never-shown-42");
        assertThat(journal.out()).contains("The journal is empty");
        assertThat(Files.readString(cli.journal, StandardCharsets.ISO_8859_1)).doesNotContain("live-key-never-shown-42");
    }

    @Test
    void aBaseUrlCarryingASecretExitsTwoNamingTheKeyWithoutTheSecret() {
        CliHarness cli = cli();
        Path config = cli.write("qoyod.properties", "vendor = qoyod\n"
                + "qoyod.base-url = https://svc:${QOYOD_API_KEY}@api.qoyod.com/2.0?key=${QOYOD_API_KEY}\n"
                + "qoyod.api-key = ${QOYOD_API_KEY}\n"
                + "qoyod.inventory-id = 12\nqoyod.revenue-account-id = 301\nqoyod.expense-account-id = 502\n");
        cli.withEnvironment("QOYOD_API_KEY", "live-key-never-shown-42");

        CliHarness.Run run = cli.run(config, "apply", EXAMPLES.resolve("qoyod/count.csv").toString(), "--json");

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("qoyod.base-url").doesNotContain("live-key-never-shown-42")
                .doesNotContain("Exception");
    }

    @Test
    void aJournalUrlOfAnotherDatabaseExitsTwoWithoutItsPassword() {
        CliHarness cli = cli();

        CliHarness.Run run = cli.runRaw("--journal", "jdbc:mysql://db/x?password=hunter2", "journal");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("jdbc:mysql:").doesNotContain("hunter2");
    }
}
