package dev.stockadj.core.service;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.count.Position;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sort by packed keys orders positions exactly as {@link Position#compareTo} does: ids sharing long prefixes
 * (beyond the 16 characters a key holds), ids with characters around 255 (where a key stops), bins and lots.
 */
class SlotOrderProperties {
    @Provide
    Arbitrary<List<Position>> positions() {
        Arbitrary<String> text = Arbitraries.strings().withChars('1', '2', 'a', 'þ', 'ÿ', 'Ā', 'ā', '字')
                .ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> prefix = Arbitraries.of("", "10000000", "SKU-000000000000", "ÿÿ", "Āb");
        Arbitrary<Position> position = Combinators.combine(prefix, text, text.optional(), text.optional())
                .as((p, item, bin, lot) -> new Position(new ItemId(p + item), bin.map(Bin::new), lot.map(LotNumber::new)));
        return position.list().ofMaxSize(80);
    }

    /** Thousands of positions: every radix pass, and runs of tied keys long enough for the merge sort's merges. */
    @Provide
    Arbitrary<List<Position>> manyPositions() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(9);
        Arbitrary<String> prefix = Arbitraries.of("", "1", "SKU-000000000000", "ÿ", "Ā");
        Arbitrary<Position> position = Combinators.combine(prefix, digits, digits.optional())
                .as((p, item, bin) -> new Position(new ItemId(p + item), bin.map(Bin::new), Optional.empty()));
        return position.list().ofMinSize(100).ofMaxSize(3000);
    }

    @Property(tries = 60)
    void ordersThousandsOfSlotsAsTheirPositionsOrder(@ForAll("manyPositions") List<Position> positions) {
        ordersSlotsAsTheirPositionsOrder(positions);
    }

    @Property
    void ordersSlotsAsTheirPositionsOrder(@ForAll("positions") List<Position> positions) {
        Position[] held = positions.toArray(new Position[0]);

        int[] slots = SlotOrder.sorted(held, held.length);

        assertThat(Arrays.stream(slots).sorted().toArray()).as("every slot once")
                .containsExactly(java.util.stream.IntStream.range(0, held.length).toArray());
        assertThat(Arrays.stream(slots).mapToObj(slot -> held[slot]).toList())
                .isEqualTo(positions.stream().sorted().toList());
    }
}
