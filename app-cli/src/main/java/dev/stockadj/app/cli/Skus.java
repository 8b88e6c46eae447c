package dev.stockadj.app.cli;

import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.Sku;
import java.util.List;
import java.util.Optional;

/**
 * The SKU each input line named, looked up by line number in the count's own lines (kept in line order), so the
 * table can show what the counter wrote beside the vendor's id without a second copy of a million-line count.
 */
record Skus(List<CountLine> lines, boolean any) {
    static final Skus NONE = new Skus(List.of(), false);

    static Skus of(List<CountLine> lines) {
        return new Skus(lines, lines.stream().anyMatch(line -> line.item() instanceof Sku));
    }

    Optional<String> of(int lineNo) {
        int low = 0;
        int high = lines.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            CountLine line = lines.get(middle);
            if (line.lineNo() == lineNo) {
                return line.item() instanceof Sku sku ? Optional.of(sku.value()) : Optional.empty();
            }
            if (line.lineNo() < lineNo) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }
}
