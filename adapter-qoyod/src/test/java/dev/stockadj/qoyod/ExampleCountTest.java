package dev.stockadj.qoyod;

import dev.stockadj.core.model.plan.Direction;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code examples/qoyod} stays in step with the sandbox's demo seed: every SKU known, gains, losses and a match. */
class ExampleCountTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "qoyod");

    @Test
    void theExampleCountHasGainsLossesAndAMatchAgainstTheDemoSeed() throws IOException {
        List<String[]> rows = Files.readAllLines(EXAMPLES.resolve("count.csv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        Map<Sku, Quantity> counted = rows.stream().collect(Collectors.toMap(r -> new Sku(r[0]), r -> Quantity.of(r[1])));

        try (QoyodSandbox sandbox = QoyodSandbox.start(0);
             QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey()))) {
            ItemResolution resolution = adapter.resolve(counted.keySet());
            assertThat(resolution.unknown()).isEmpty();
            Set<ItemId> items = Set.copyOf(resolution.found().values());
            var book = adapter.read(new LocationId(Long.toString(QoyodSandbox.MAIN_WAREHOUSE)), items);

            Map<Direction, Long> directions = counted.entrySet().stream().map(e -> Direction.of(
                            e.getValue().minus(book.of(Position.of(resolution.found().get(e.getKey()))))))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(directions).containsKeys(Direction.GAIN, Direction.LOSS, Direction.MATCH);
        }
    }

    @Test
    void theExamplePropertiesNameTheDemoReferences() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(EXAMPLES.resolve("stockadj.properties"))) {
            properties.load(in);
        }

        assertThat(properties).containsEntry("vendor", "qoyod")
                .containsEntry("qoyod.api-key", "${QOYOD_API_KEY}")
                .containsEntry("qoyod.inventory-id", Long.toString(QoyodSandbox.MAIN_WAREHOUSE))
                .containsEntry("qoyod.revenue-account-id", Long.toString(QoyodSandbox.GAINS_ACCOUNT))
                .containsEntry("qoyod.expense-account-id", Long.toString(QoyodSandbox.SHRINKAGE_ACCOUNT));
    }
}
