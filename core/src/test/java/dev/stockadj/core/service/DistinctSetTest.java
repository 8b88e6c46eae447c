package dev.stockadj.core.service;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flat set keeps each value's hash beside its index and compares hashes first: values of the same hash must
 * still be told apart, before and after the table grows, and when the table is made late for values known distinct.
 */
class DistinctSetTest {
    /** Every "Aa"/"BB" word of a length has the same {@code String.hashCode()}: 2, 4, 8, 16 words of 2, 4, 6, 8. */
    private static List<String> sameHash(int pairs) {
        List<String> words = new ArrayList<>(List.of(""));
        for (int i = 0; i < pairs; i++) {
            List<String> longer = new ArrayList<>();
            for (String word : words) {
                longer.add(word + "Aa");
                longer.add(word + "BB");
            }
            words = longer;
        }
        return words;
    }

    @Test
    void valuesOfOneHashKeepTheirPlacesThroughGrowth() {
        List<String> words = sameHash(8);
        assertThat(words).hasSize(256).doesNotHaveDuplicates();
        assertThat(words.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
        DistinctSet<String> set = new DistinctSet<>(4);
        for (int i = 0; i < words.size(); i++) {
            assertThat(set.addOrFind(words.get(i))).isEqualTo(i);
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            assertThat(set.addOrFind(words.get(i))).isEqualTo(i);
            assertThat(set.indexOf(words.get(i))).isEqualTo(i);
        }
        assertThat(set).containsExactlyElementsOf(words);
        assertThat(set.indexOf("AaAaAaAaAaAaAaAa" + "x")).isEqualTo(-1);
        assertThat(set.contains("AaAaAaAaAaAaAaAB")).isFalse();
    }

    @Test
    void valuesKnownDistinctAreFoundByAHashTableMadeLate() {
        List<String> words = new ArrayList<>(sameHash(5));
        words.add("other");
        DistinctSet<String> set = DistinctSet.ofDistinct(words.toArray(), words.size());
        for (int i = 0; i < words.size(); i++) {
            assertThat(set.indexOf(words.get(i))).isEqualTo(i);
        }
        assertThat(set.indexOf("AaAaAaAaBb")).isEqualTo(-1);
        assertThat(set.indexOf(null)).isEqualTo(-1);
        assertThat(set).hasSize(33);
    }
}
