package dev.stockadj.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostsFileReaderTest {
    private final CostsFileReader reader = new CostsFileReader();

    private List<CostLine> read(String name, String text) {
        return reader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsItemsAndSkusWithTheirNewCost() {
        assertThat(read("costs.csv", "item,sku,cost_per_unit\ni-1,,12.50\n,FLOUR,3\n")).containsExactly(
                new CostLine(1, new ItemId("i-1"), UnitCost.of("12.5")), new CostLine(2, new Sku("FLOUR"), UnitCost.of("3")));
        assertThat(read("costs.json", "[{\"item\":\"i-1\",\"cost_per_unit\":12.5}]")).hasSize(1);
    }

    @Test
    void reportsEveryBadRow() {
        InputRejected rejected = catchThrowableOfType(() -> read("costs.csv",
                "item,cost_per_unit\n,1\ni-2,-1\ni-3,\ni-4,abc\n"), InputRejected.class);

        assertThat(rejected.problems()).extracting(Problem::line).containsExactly(1, 2, 3, 4);
        assertThat(rejected.getMessage()).contains("costs.csv").contains("4 problem(s)");
    }
}
