package dev.stockadj.qoyod;

import dev.stockadj.core.model.Quantity;
import dev.stockadj.qoyod.dto.AdjustmentRequestDto;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the decimal, Qoyod gets a plain decimal string of exactly its value. */
class QoyodMapperProperties {
    @Property
    void ratesArePlainDecimalStringsOfTheExactValueWithAtLeastTwoDecimals(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long unscaled, @ForAll @IntRange(min = -12, max = 12) int scale) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);

        String rate = QoyodMapper.rate(value);

        assertThat(rate).matches("[0-9]+\\.[0-9]{2,}");
        assertThat(new BigDecimal(rate)).isEqualByComparingTo(value);
    }

    @Property
    void actualQuantitiesArePlainDecimalStringsOfTheTarget(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long unscaled, @ForAll @IntRange(min = -12, max = 12) int scale) {
        Quantity target = new Quantity(BigDecimal.valueOf(unscaled, scale));

        AdjustmentRequestDto request = QoyodMapper.toRequest(Documents.document("12",
                Documents.line("88", "0", target.plain(), "1")), line -> BigDecimal.ONE);

        String sent = request.inventoryAdjustment().lineItems().get(0).actualQuantity();
        assertThat(sent).matches("[0-9]+(\\.[0-9]+)?");
        assertThat(new BigDecimal(sent)).isEqualByComparingTo(target.value());
    }
}
