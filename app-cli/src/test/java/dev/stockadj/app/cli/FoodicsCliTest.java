package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.plumbing.sandbox.SandboxRequest;
import dev.stockadj.costadj.sandbox.Variant;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code costs apply} as a new user runs it: a configuration without {@code foodics.creator-id},
 * against a Foodics emulator reached over HTTP, as the real one would be.
 */
class FoodicsCliTest {
    private static final Path COSTS = SandboxCliTest.EXAMPLES.resolve("foodics/costs.csv");

    @TempDir
    Path folder;

    private FoodicsSandbox foodics;
    private CliHarness cli;
    private Path config;

    @BeforeEach
    void start() {
        foodics = FoodicsSandbox.start(0);
        cli = CliHarness.absolute(folder).withEnvironment("FOODICS_TOKEN", foodics.token().reveal());
        config = cli.write("foodics.properties", "vendor = foodics\nfoodics.base-url = " + foodics.baseUrl()
                + "\nfoodics.token = ${FOODICS_TOKEN}\nfoodics.branch-id = b-riyadh-1\n");
    }

    @AfterEach
    void stop() {
        foodics.close();
    }

    @Test
    void costsApplyWithoutACreatorAsksWhoamiAndCorrectsTheCosts() {
        CliHarness.Run run = cli.run(config, "costs", "apply", COSTS.toString(), "--date", "2026-05-18");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("closed", FoodicsSandbox.BRANCH_RIYADH)
                .containsPattern("i-flour-25kg\\s+42\\.5\\s+44\\s+120\\s+180\\.00 SAR")
                .contains("Revaluation 204.00 SAR");
        assertThat(foodics.received()).extracting(SandboxRequest::path).contains("/whoami");
        assertThat(foodics.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_FLOUR)).isEqualByComparingTo("44");
    }

    @Test
    void theReadmeSandboxCommandsRunWithTheExampleConfiguration() {
        Path example = SandboxCliTest.EXAMPLES.resolve("foodics/stockadj.properties");

        CliHarness.Run apply = cli.run(example, "costs", "apply", "--sandbox", COSTS.toString());
        CliHarness.Run list = cli.run(example, "costs", "list", "--sandbox");

        assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
        assertThat(apply.out()).contains("closed", "Revaluation 204.00 SAR");
        assertThat(list.exit()).as(list.out() + list.err()).isZero();
        assertThat(list.out()).contains("ID", "STATUS");
    }

    @Test
    void anUnknownOnHandIsSaidNotShownAsZero() {
        foodics.vary(Variant.NO_INVENTORY_LEVELS);

        CliHarness.Run run = cli.run(config, "costs", "apply", COSTS.toString(), "--date", "2026-05-18");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Revaluation of i-flour-25kg not computed: the on-hand quantity at the branch"
                + " is unknown").doesNotContain("180.00");
        assertThat(foodics.adjustmentCount()).isEqualTo(1);
    }

    @Test
    void aWhoamiWithoutAnIdFailsWithTheSettingToSetAndNoStackTrace() {
        foodics.vary(Variant.WHOAMI_WITHOUT_ID);

        CliHarness.Run run = cli.run(config, "costs", "apply", COSTS.toString(), "--date", "2026-05-18");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("foodics.creator-id").doesNotContain("Exception", "\tat ");
        assertThat(foodics.adjustmentCount()).isZero();
    }
}
