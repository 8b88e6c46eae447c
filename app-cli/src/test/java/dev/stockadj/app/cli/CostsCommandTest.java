package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostsCommandTest {
    @TempDir
    Path folder;

    private CliHarness foodicsLike() {
        CliHarness cli = CliHarness.costs(folder);
        cli.vendor.cost(new ItemId("1"), UnitCost.of("10"));
        cli.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("1")), Quantity.of(4));
        return cli;
    }

    private String id(CliHarness cli, String... apply) throws Exception {
        JsonNode json = new ObjectMapper().readTree(cli.run(apply).out());
        return json.get("adjustment").get("id").asText();
    }

    @Test
    void correctsCostsOnceAndReportsTheRevaluation() {
        CliHarness cli = foodicsLike();
        Path costs = cli.write("costs.csv", "item,cost_per_unit\n1,12.50\n");

        CliHarness.Run first = cli.run("costs", "apply", costs.toString(), "--date", "2026-11-01");
        CliHarness.Run again = cli.run("costs", "apply", costs.toString(), "--date", "2026-11-01");

        assertThat(first.exit()).isZero();
        assertThat(first.out()).containsPattern("1\\s+10\\s+12\\.5\\s+4\\s+10\\.00 SAR").contains("closed");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("Already applied");
        assertThat(cli.vendor.list(CostAdjustmentFilter.none())).hasSize(1);
    }

    @Test
    void aDraftCanBeListedShownClosedAndAnotherDeleted() throws Exception {
        CliHarness cli = foodicsLike();
        String draft = id(cli, "costs", "apply", cli.write("a.csv", "item,cost_per_unit\n1,11\n").toString(),
                "--draft", "--json");
        String other = id(cli, "costs", "apply", cli.write("b.csv", "sku,cost_per_unit\nSKU-2,3\n").toString(),
                "--draft", "--json", "--notes", "second");

        CliHarness.Run list = cli.run("costs", "list", "--status", "draft");
        CliHarness.Run show = cli.run("costs", "show", draft);
        CliHarness.Run close = cli.run("costs", "close", draft);
        CliHarness.Run delete = cli.run("costs", "delete", other);
        CliHarness.Run listJson = cli.run("costs", "list", "--json");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains(draft, other, "draft");
        assertThat(show.out()).contains(draft, "11");
        assertThat(close.exit()).isZero();
        assertThat(close.out()).contains("closed").containsPattern("1\\s+11\\s+10");
        assertThat(delete.exit()).isZero();
        assertThat(new ObjectMapper().readTree(listJson.out()).get("adjustments")).hasSize(1);
    }

    @Test
    void anUnknownIdExitsTwo() {
        CliHarness cli = foodicsLike();

        CliHarness.Run show = cli.run("costs", "show", "ca-404");
        CliHarness.Run close = cli.run("costs", "close", "ca-404");

        assertThat(show.exit()).isEqualTo(2);
        assertThat(show.out()).contains("no cost adjustment ca-404");
        assertThat(close.exit()).isEqualTo(2);
    }

    @Test
    void badCostLinesExitTwoWithEveryRow() {
        CliHarness cli = foodicsLike();

        CliHarness.Run run = cli.run("costs", "apply", cli.write("c.csv", "item,cost_per_unit\n1,x\n,2\n").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("line 1", "line 2");
        assertThat(cli.vendor.list(CostAdjustmentFilter.none())).isEmpty();
    }

    @Test
    void aVendorWithoutCostAdjustmentsIsRefusedWithExitTwo() {
        CliHarness cli = CliHarness.absolute(folder);

        CliHarness.Run apply = cli.run("costs", "apply", cli.write("c.csv", "item,cost_per_unit\n1,2\n").toString());
        CliHarness.Run list = cli.run("costs", "list");

        assertThat(apply.exit()).isEqualTo(2);
        assertThat(apply.out()).contains("takes no cost-only corrections");
        assertThat(list.exit()).isEqualTo(2);
        assertThat(list.out()).contains("keeps no cost adjustments");
    }
}
