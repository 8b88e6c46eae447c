package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.CountLine;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists in problem messages: short ones as they always read, long ones cut with how many there are. */
class ListingTest {
    @Property
    void aShortListReadsAsItAlwaysDid(@ForAll @Size(max = Listing.SHOWN) List<@IntRange(min = 1) Integer> numbers) {
        int[] array = numbers.stream().mapToInt(Integer::intValue).toArray();

        assertThat(Listing.bracketed(numbers)).isEqualTo(numbers.toString());
        assertThat(Listing.joined(array))
                .isEqualTo(numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    @Property
    void aLongListShowsItsFirstEntriesAndHowManyInAll(@ForAll @IntRange(min = Listing.SHOWN + 1, max = 5000) int size) {
        List<Integer> numbers = IntStream.rangeClosed(1, size).boxed().toList();

        assertThat(Listing.bracketed(numbers)).startsWith("[1, 2, 3,").contains(", 20, … (")
                .endsWith(String.format("(%,d in all)]", size)).doesNotContain(", 21");
        assertThat(Listing.joined(numbers.stream().mapToInt(Integer::intValue).toArray()))
                .isEqualTo(Listing.bracketed(numbers).substring(1, Listing.bracketed(numbers).length() - 1));
    }

    @Test
    void oneItemOnAHundredThousandLinesAtAsManyCostsIsOneShortProblem() {
        List<CountLine> lines = new ArrayList<>();
        for (int i = 1; i <= 100_000; i++) {
            lines.add(new CountLine(i, new ItemId("88"), Quantity.of(1), Optional.of(UnitCost.of(i + ".00")),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }

        List<Problem> problems = Aggregation.of(lines, false).problems();

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message()).hasSizeLessThan(500)
                .startsWith("lines 1, 2, 3,").contains("… (100,000 in all) count 88 with different unit_cost values"
                        + " [1, 2,").endsWith(", 20, … (100,000 in all)]"));
    }
}
