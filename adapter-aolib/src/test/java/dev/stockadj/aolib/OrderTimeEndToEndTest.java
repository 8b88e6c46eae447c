package dev.stockadj.aolib;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.aolib.sandbox.RowVariant;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.Direction;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.PostedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example count {@code examples/ordertime/count.csv} (whose book column matches the seed) planned as the core plans for Order Time
 * (signed deltas; gains on the gain account and losses on the loss account; lines with bin/lot
 * details apart from lines without) and posted through the adapter to the sandbox.
 */
class OrderTimeEndToEndTest extends SandboxedAdapterTest {
    /** One line of the example count: sku, counted, unit cost, bin, lot, expires, book at count time. */
    private record Counted(String sku, String counted, String cost, String bin, String lot, String expires,
            String book) {
    }

    private static final Path EXAMPLE = Path.of("..", "examples", "ordertime", "count.csv");
    private static final List<Counted> COUNT = load();

    private static List<Counted> load() {
        try {
            List<String> rows = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
            assertThat(rows.get(0)).isEqualTo("sku,counted,unit_cost,bin,lot,expires,book");
            return rows.stream().skip(1).filter(r -> !r.isBlank()).map(r -> r.split(",", -1))
                    .map(c -> new Counted(c[0], c[1], c[2], blank(c[3]), blank(c[4]), blank(c[5]), c[6])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the example count " + EXAMPLE.toAbsolutePath() + " cannot be read", e);
        }
    }

    private static String blank(String text) {
        return text.isBlank() ? null : text;
    }

    private final ObjectMapper json = OrderTimeMapper.json();

    @Test
    void aCountWithBinsLotsAndSerialsLeavesTheSandboxHoldingTheCount() throws IOException {
        List<AdjustmentDocument> documents = plan();
        assertThat(documents).hasSize(4);

        Map<AdjustmentDocument, PostedDocument> posted = new LinkedHashMap<>();
        for (AdjustmentDocument document : documents) {
            posted.put(document, adapter.post(document));
        }

        Map<Sku, ItemId> items = adapter.resolve(skus()).found();
        for (Counted line : COUNT) {
            int item = Integer.parseInt(items.get(new Sku(line.sku())).value());
            assertThat(sandbox.onHand(item, OrderTimeSeed.HQ, Optional.ofNullable(line.bin()),
                    Optional.ofNullable(line.lot()))).as(line.toString()).isEqualByComparingTo(line.counted());
        }
        assertThat(sandbox.onHand(OrderTimeSeed.SALINE, OrderTimeSeed.HQ, Optional.empty(),
                Optional.of(OrderTimeSeed.LOT_FEB_27))).as("a lot not counted").isEqualByComparingTo("10");
        for (var entry : posted.entrySet()) {
            AdjustmentDocument document = entry.getKey();
            assertThat(adapter.find(document)).map(PostedDocument::id).contains(entry.getValue().id());
            int account = json.readTree(entry.getValue().response()).at("/AccountRef/Id").asInt();
            boolean gains = document.lines().get(0).direction() == Direction.GAIN;
            assertThat(account).isEqualTo(gains ? OrderTimeSeed.GAIN_ACCOUNT : OrderTimeSeed.LOSS_ACCOUNT);
        }
    }

    /** Item and lot rows written the other plausible ways: the example count is still verified clean and applied. */
    @ParameterizedTest
    @MethodSource("rowShapes")
    void theExampleCountAppliesWhicheverWayOrderTimeWritesItsRows(List<RowVariant> variants) {
        sandbox.rowVariants(variants.toArray(RowVariant[]::new));

        assertThat(adapter.verifyPositions(Fixtures.HQ, positions())).isEmpty();
        plan().forEach(adapter::post);

        Map<Sku, ItemId> items = adapter.resolve(skus()).found();
        for (Counted line : COUNT) {
            int item = Integer.parseInt(items.get(new Sku(line.sku())).value());
            assertThat(sandbox.onHand(item, OrderTimeSeed.HQ, Optional.ofNullable(line.bin()),
                    Optional.ofNullable(line.lot()))).as(line.toString()).isEqualByComparingTo(line.counted());
        }
    }

    static Stream<List<RowVariant>> rowShapes() {
        return Stream.of(List.of(),
                List.of(RowVariant.ITEMS_WITHOUT_TRACKING_FIELDS, RowVariant.ITEMS_WITH_TRACK_BINS_FALSE),
                List.of(RowVariant.ITEMS_WITH_NUMERIC_KIND_ONLY, RowVariant.DATE_ONLY_EXPIRY),
                List.of(RowVariant.ITEMS_WITH_TRACK_BINS_FALSE, RowVariant.DATE_ONLY_EXPIRY));
    }

    /** The example's positions as the core asks the vendor to check them, with the count's expiries. */
    private List<PositionCount> positions() {
        Map<Sku, ItemId> items = adapter.resolve(skus()).found();
        List<PositionCount> positions = new ArrayList<>();
        int source = 1;
        for (Counted line : COUNT) {
            positions.add(new PositionCount(new Position(items.get(new Sku(line.sku())),
                    Optional.ofNullable(line.bin()).map(Bin::new), Optional.ofNullable(line.lot()).map(LotNumber::new)),
                    List.of(source++), Quantity.of(line.counted()),
                    Optional.ofNullable(line.expires()).map(LocalDate::parse)));
        }
        return positions;
    }

    @Test
    void deletingTheDocumentsRestoresTheSeededStock() {
        List<PostedDocument> posted = plan().stream().map(adapter::post).toList();

        posted.forEach(p -> adapter.delete(p.id()));

        assertThat(sandbox.onHand(OrderTimeSeed.SCANNER, OrderTimeSeed.HQ, Optional.of(OrderTimeSeed.FLOOR),
                Optional.of("SN-1002"))).isEqualByComparingTo("1");
        assertThat(sandbox.onHand(OrderTimeSeed.PAINT, OrderTimeSeed.HQ)).isEqualByComparingTo("18");
        assertThat(sandbox.adjustmentCount()).isZero();
    }

    /** Plans as the core does for a DELTA, single-account vendor that separates detailed lines. */
    private List<AdjustmentDocument> plan() {
        ItemResolution resolution = adapter.resolve(skus());
        assertThat(resolution.unknown()).isEmpty();
        Map<Position, Counted> counted = new LinkedHashMap<>();
        for (Counted line : COUNT) {
            counted.put(new Position(resolution.found().get(new Sku(line.sku())),
                    Optional.ofNullable(line.bin()).map(Bin::new), Optional.ofNullable(line.lot()).map(LotNumber::new)),
                    line);
        }
        BookQuantities book = adapter.read(Fixtures.HQ,
                counted.keySet().stream().map(Position::item).collect(Collectors.toSet()));
        counted.forEach((position, line) -> assertThat(book.of(position)).as("book of " + line)
                .isEqualTo(Quantity.of(line.book())));
        List<PlannedLine> lines = new ArrayList<>();
        int source = 1;
        for (var entry : counted.entrySet()) {
            Counted line = entry.getValue();
            lines.add(new PlannedLine(entry.getKey(), List.of(source++), book.of(entry.getKey()),
                    Quantity.of(line.counted()), Optional.of(UnitCost.of(line.cost())),
                    Optional.ofNullable(line.expires()).map(LocalDate::parse)));
        }
        List<AdjustmentDocument> documents = new ArrayList<>();
        for (boolean detailed : List.of(false, true)) {
            for (Direction direction : List.of(Direction.GAIN, Direction.LOSS)) {
                List<PlannedLine> group = lines.stream()
                        .filter(l -> l.position().detailed() == detailed && l.direction() == direction).toList();
                if (!group.isEmpty()) {
                    documents.add(Fixtures.document(documents.size(), Fixtures.newKey(), LocalDate.of(2026, 5, 18),
                            group));
                }
            }
        }
        return documents;
    }

    private static Set<Sku> skus() {
        return COUNT.stream().map(c -> new Sku(c.sku())).collect(Collectors.toSet());
    }
}
