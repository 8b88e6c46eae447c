package dev.stockadj.app.input;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a count file (CSV with a header row, or a JSON array of objects) into count lines:
 * {@code item} or {@code sku}, {@code counted}, and optional {@code unit_cost}, {@code bin},
 * {@code lot}, {@code expires}, {@code book}. Every bad row is reported; then nothing is returned.
 */
public final class CountFileReader {
    private static final Lines<CountLine> LINES = new Lines<>(new Columns(
            Set.of("item", "sku", "counted", "unit_cost", "bin", "lot", "expires", "book"),
            List.of(Set.of("item", "sku"), Set.of("counted"))), CountFileReader::line);

    /** @throws InputRejected listing every problem, when there is one */
    public CountFile read(Path file) {
        String[] digest = new String[1];
        List<CountLine> lines = LINES.read(file, in -> digest[0] = HexFormat.of().formatHex(in.getMessageDigest().digest()));
        return new CountFile(String.valueOf(file.getFileName()), lines, digest[0]);
    }

    public List<CountLine> read(String name, InputStream in) {
        return LINES.read(name, in);
    }

    private static Optional<CountLine> line(Cells cells) {
        Optional<ItemRef> item = cells.item();
        Optional<Quantity> counted = cells.requiredDecimal("counted", Quantity::new);
        Optional<UnitCost> unitCost = cells.decimal("unit_cost", UnitCost::new);
        Optional<Quantity> book = cells.decimal("book", Quantity::new);
        Optional<Bin> bin = cells.text("bin", Bin::new);
        Optional<LotNumber> lot = cells.text("lot", LotNumber::new);
        Optional<LocalDate> expires = cells.date("expires");
        if (expires.isPresent() && !cells.has("lot")) {
            cells.problem("expires", "an expiry date needs a lot or serial number");
            return Optional.empty();
        }
        if (item.isEmpty() || counted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CountLine(cells.rowNumber(), item.get(), counted.get(), unitCost, book, bin, lot, expires));
    }
}
