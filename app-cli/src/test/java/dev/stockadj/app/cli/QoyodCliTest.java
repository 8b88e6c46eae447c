package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import dev.stockadj.qoyod.sandbox.Tamper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Qoyod through the command line against its emulator: an OAuth access token, and an answer that differs from what was sent. */
class QoyodCliTest {
    private static final String COUNT = SandboxCliTest.EXAMPLES.resolve("qoyod/count.csv").toString();

    @TempDir
    Path folder;

    private static String config(QoyodSandbox qoyod, String credentials) {
        return "vendor = qoyod\nqoyod.base-url = " + qoyod.baseUrl() + "\n" + credentials
                + "qoyod.inventory-id = 12\nqoyod.revenue-account-id = 301\nqoyod.expense-account-id = 502\n";
    }

    @Test
    void aCountConfiguredWithAnAccessTokenSendsOnlyTheBearerToken() {
        try (QoyodSandbox qoyod = QoyodSandbox.start(0)) {
            CliHarness cli = CliHarness.absolute(folder).withEnvironment("QOYOD_TOKEN", qoyod.accessToken().reveal());
            Path config = cli.write("qoyod.properties", config(qoyod, "qoyod.access-token = ${QOYOD_TOKEN}\n"));

            CliHarness.Run apply = cli.run(config, "apply", COUNT);

            assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
            assertThat(apply.out()).contains("APPLIED").doesNotContain(qoyod.accessToken().reveal());
            assertThat(qoyod.adjustmentIds()).hasSize(1);
            assertThat(qoyod.credentialHeaders()).isNotEmpty().containsOnly("Authorization");
        }
    }

    @Test
    void aKeyAndATokenTogetherOrNeitherIsAConfigurationErrorAndNothingIsAsked() {
        try (QoyodSandbox qoyod = QoyodSandbox.start(0)) {
            CliHarness cli = CliHarness.absolute(folder);
            Path both = cli.write("both.properties", config(qoyod, "qoyod.api-key = key-never-shown\nqoyod.access-token = token-never-shown\n"));
            Path neither = cli.write("neither.properties", config(qoyod, ""));

            CliHarness.Run twice = cli.run(both, "apply", COUNT);
            CliHarness.Run none = cli.run(neither, "apply", COUNT);

            assertThat(twice.exit()).isEqualTo(2);
            assertThat(twice.err() + twice.out()).contains("qoyod.access-token", "exactly one of qoyod.api-key and"
                    + " qoyod.access-token").doesNotContain("key-never-shown", "token-never-shown", "Exception");
            assertThat(none.exit()).isEqualTo(2);
            assertThat(none.err() + none.out()).contains("qoyod.api-key");
            assertThat(qoyod.requestCount()).isZero();
        }
    }

    @Test
    void anAnswerThatDiffersFromWhatWasSentIsAWarningWithExitOneAndIsNeverSentAgain() {
        try (QoyodSandbox qoyod = QoyodSandbox.start(0)) {
            CliHarness cli = CliHarness.absolute(folder).withEnvironment("QOYOD_API_KEY", qoyod.apiKey().reveal());
            Path config = cli.write("qoyod.properties", config(qoyod, "qoyod.api-key = ${QOYOD_API_KEY}\n"));
            qoyod.tamperNextAnswer(Tamper.QUANTITY);

            CliHarness.Run apply = cli.run(config, "apply", COUNT);
            CliHarness.Run again = cli.run(config, "apply", COUNT, "--json");
            CliHarness.Run journal = cli.run(config, "journal");

            assertThat(apply.exit()).as(apply.out() + apply.err()).isEqualTo(1);
            assertThat(apply.out()).contains("APPLIED", "Warning: document #0 was recorded by the vendor, but not as sent",
                    "line_items[product 88].quantity: Qoyod recorded 51 where 50 was sent");
            assertThat(again.exit()).as("already applied: nothing sent, the warning still shown").isZero();
            assertThat(again.out()).contains("\"result\" : \"already_applied\"", "\"warnings\" : [ {",
                    "line_items[product 88].quantity");
            assertThat(journal.out()).contains("not as sent");
            assertThat(qoyod.adjustmentIds()).hasSize(1);
        }
    }
}
