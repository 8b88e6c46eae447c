package dev.stockadj.app.input;

import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.UnitCost;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a costs file (CSV or JSON): {@code item} or {@code sku}, and {@code cost_per_unit}. */
public final class CostsFileReader {
    private static final Lines<CostLine> LINES = new Lines<>(new Columns(Set.of("item", "sku", "cost_per_unit"),
            List.of(Set.of("item", "sku"), Set.of("cost_per_unit"))), CostsFileReader::line);

    /** @throws InputRejected listing every problem, when there is one */
    public List<CostLine> read(Path file) {
        return LINES.read(file);
    }

    public List<CostLine> read(String name, InputStream in) {
        return LINES.read(name, in);
    }

    private static Optional<CostLine> line(Cells cells) {
        Optional<ItemRef> item = cells.item();
        Optional<UnitCost> cost = cells.requiredDecimal("cost_per_unit", UnitCost::new);
        if (item.isEmpty() || cost.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CostLine(cells.rowNumber(), item.get(), cost.get()));
    }
}
