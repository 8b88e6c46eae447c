package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count is its reference on its destination: a try on the sandbox never makes the real apply say "already
 * applied", whatever journal both use; and plan says what apply would do with what the journal holds.
 */
class CountIdentityCliTest {
    private static final String COUNT = SandboxCliTest.EXAMPLES.resolve("qoyod/count.csv").toString();

    @TempDir
    Path folder;

    private static String qoyod(QoyodSandbox real) {
        return "vendor = qoyod\nqoyod.base-url = " + real.baseUrl() + "\nqoyod.api-key = ${QOYOD_API_KEY}\n"
                + "qoyod.inventory-id = 12\nqoyod.revenue-account-id = 301\nqoyod.expense-account-id = 502\n";
    }

    @Test
    void aCountTriedOnTheSandboxIsStillAppliedForRealThroughTheSameJournal() {
        try (QoyodSandbox real = QoyodSandbox.start(0)) {
            CliHarness cli = CliHarness.absolute(folder).withEnvironment("QOYOD_API_KEY", real.apiKey().reveal());
            Path config = cli.write("qoyod.properties", qoyod(real));

            CliHarness.Run tried = cli.run(config, "apply", "--sandbox", COUNT);
            CliHarness.Run applied = cli.run(config, "apply", COUNT);
            CliHarness.Run again = cli.run(config, "apply", COUNT);

            assertThat(tried.exit()).as(tried.out() + tried.err()).isZero();
            assertThat(applied.exit()).as(applied.out() + applied.err()).isZero();
            assertThat(applied.out()).contains("APPLIED").doesNotContain("Already applied");
            assertThat(real.adjustmentIds()).as("the real vendor got the count").hasSize(1);
            assertThat(again.out()).contains("Already applied");
            assertThat(real.adjustmentIds()).hasSize(1);
        }
    }

    @Test
    void planSaysWhatApplyWouldDoWithWhatTheJournalHolds() {
        CliHarness cli = CliHarness.absolute(folder);
        cli.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("1")), Quantity.of(3));
        Path count = cli.write("count.csv", "item,counted\n1,5\n");

        CliHarness.Run before = cli.run("plan", count.toString(), "--count-ref", "weekly-1");
        cli.run("apply", count.toString(), "--count-ref", "weekly-1");
        CliHarness.Run after = cli.run("plan", count.toString(), "--count-ref", "weekly-1", "--json");
        Path other = cli.write("other.csv", "item,counted\n1,6\n");
        CliHarness.Run reused = cli.run("plan", other.toString(), "--count-ref", "weekly-1");

        assertThat(before.exit()).isZero();
        assertThat(before.out()).contains("PLANNED");
        assertThat(after.exit()).isZero();
        assertThat(after.out()).contains("\"result\" : \"already_applied\"", "\"status\" : \"APPLIED\"");
        assertThat(reused.exit()).as(reused.out()).isEqualTo(2);
        assertThat(reused.out() + reused.err()).contains("already used for a count with other content");
        assertThat(cli.vendor.sends()).hasSize(1);
    }

    @Test
    void theSendingLeaseIsASettingWithBounds() {
        CliHarness cli = CliHarness.absolute(folder);
        Path count = cli.write("count.csv", "item,counted\n1,5\n");
        Path zero = cli.write("zero.properties", "vendor = memory\njournal.sending-lease = 0s\n");
        Path fine = cli.write("fine.properties", "vendor = memory\njournal.sending-lease = 90s\n");

        CliHarness.Run refused = cli.run(zero, "apply", count.toString());
        CliHarness.Run taken = cli.run(fine, "apply", count.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("journal.sending-lease");
        assertThat(taken.exit()).as(taken.out() + taken.err()).isZero();
    }
}
