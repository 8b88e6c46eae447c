package dev.stockadj.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {
    private final List<String> problems = new ArrayList<>();

    private Optional<BigDecimal> read(String text) {
        return NumberText.read("counted", text, problems::add);
    }

    @ParameterizedTest
    @CsvSource({"5, 5", "4.50, 4.5", "+5, 5", ".5, 0.5", "5., 5", "1e1, 10", "1E+2, 100", "2.5e-3, 0.0025",
            "999999999999.9999999999, 999999999999.9999999999", "0e9999, 0", "000000000000007, 7"})
    void readsDecimalsWithinTheBounds(String text, String value) {
        assertThat(read(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e309|counted is too large: 1e309",
            "1000000000000|counted is too large: 1000000000000",
            "1e100000000|counted is out of range: 1e100000000",
            "1e999999999|counted is out of range: 1e999999999",
            "1e-999999999|counted is out of range: 1e-999999999",
            "0.00000000001|counted has too many decimal places: 0.00000000001",
            "-0|counted must not be negative: -0",
            "-3|counted must not be negative: -3",
            "NaN|counted is not a number: 'NaN'",
            "Infinity|counted is not a number: 'Infinity'",
            "0x1F|counted is not a number: '0x1F'",
            "1,5|counted is not a number: '1,5' (write a point for decimals",
            "1 000|counted is not a number: '1 000' (no spaces inside a number)",
            "1e|counted is not a number: '1e'",
            ".|counted is not a number: '.'",
            "12345678901234567890123456789012345678901|counted has too many characters for a number (at most 40)"})
    void namesEveryNumberBeyondTheBounds(String text, String message) {
        assertThat(read(text)).isEmpty();
        assertThat(problems).singleElement().asString().startsWith(message);
    }

    @Test
    @Timeout(5)
    void neverExpandsAHugeExponent() {
        for (String text : List.of("1e2147483647", "9e-2147483648", "1e99999", "1" + "0".repeat(39))) {
            assertThat(read(text)).as(text).isEmpty();
        }
        assertThat(problems).hasSize(4);
    }

    @Test
    void cutsALongValueInItsMessage() {
        read("x".repeat(100_000));
        assertThat(problems).singleElement().asString().hasSizeLessThan(200).endsWith("…'");
    }
}
