package dev.stockadj.core.model;

import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.Direction;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceReport;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {
    @Test
    void quantitiesAreEqualWhateverTheirScale() {
        assertThat(Quantity.of("1.50")).isEqualTo(Quantity.of("1.5"));
        assertThat(Quantity.of("100")).isEqualTo(new Quantity(new BigDecimal("1E+2")));
        assertThat(Quantity.of("1E+2").plain()).isEqualTo("100");
        assertThat(Quantity.of("0.000").plain()).isEqualTo("0");
    }

    @Test
    void moneyRoundsHalfUpOnceToTheMinorUnit() {
        Currency sar = Currency.getInstance("SAR");
        assertThat(Money.rounded(new BigDecimal("2.345"), sar).amount()).isEqualByComparingTo("2.35");
        assertThat(Money.rounded(new BigDecimal("-2.345"), sar).amount()).isEqualByComparingTo("-2.35");
        assertThat(Money.rounded(new BigDecimal("1.0005"), Currency.getInstance("KWD")).amount())
                .isEqualByComparingTo("1.001");
        assertThatThrownBy(() -> new Money(new BigDecimal("2.345"), sar)).hasMessageContaining("round it first");
    }

    @Test
    void rejectsCountLinesWithNegativeQuantities() {
        assertThatThrownBy(() -> CountLine.of(1, new ItemId("88"), Quantity.of("-1")))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new UnitCost(new BigDecimal("-0.01"))).hasMessageContaining("negative");
    }

    @Test
    void anExpiryNeedsALot() {
        assertThatThrownBy(() -> new CountLine(1, new ItemId("1"), Quantity.of(1), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(java.time.LocalDate.of(2027, 1, 1))))
                .hasMessageContaining("lot");
    }

    @Test
    void secretsNeverShowTheirValue() {
        Secret key = new Secret("qoyod-live-key-123");
        record Settings(String host, Secret apiKey) {
        }

        assertThat(key.toString()).doesNotContain("qoyod-live");
        assertThat(new Settings("api.qoyod.com", key).toString()).doesNotContain("qoyod-live").contains("****");
        assertThat(key.reveal()).isEqualTo("qoyod-live-key-123");
    }

    @Test
    void findsAKeyInFreeText() {
        String memo = "stockadj sa1-0123456789abcdef01234567 count weekly — aisle 3";

        assertThat(IdempotencyKey.findIn(memo)).contains(new IdempotencyKey("sa1-0123456789abcdef01234567"));
        assertThat(IdempotencyKey.findIn("no key here")).isEmpty();
        assertThatThrownBy(() -> new IdempotencyKey("sa1-XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void identifiersRefuseBlanksAndControlCharacters() {
        assertThatThrownBy(() -> new ItemId(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> new Sku("A\u0000B")).hasMessageContaining("control");
        assertThatThrownBy(() -> new Bin(" A")).hasMessageContaining("spaces");
    }

    @Test
    void conflictPoliciesParseTheirCommandLineNames() {
        assertThat(ConflictPolicy.parse("keep-difference")).isEqualTo(ConflictPolicy.KEEP_DIFFERENCE);
        assertThatThrownBy(() -> ConflictPolicy.parse("whatever")).hasMessageContaining("keep-counted");
    }

    @Test
    void aVarianceReportComputesItsTotalsFromItsLinesAndRefusesAnotherCurrency() {
        Currency sar = Currency.getInstance("SAR");
        Position item = Position.of(new ItemId("88"));
        VarianceLine gain = new VarianceLine(item, java.util.List.of(1), Quantity.of(5), Quantity.of(3), Quantity.of(5),
                Quantity.of(2), Direction.GAIN, Optional.of(UnitCost.of("1.255")),
                Optional.of(Money.rounded(new BigDecimal("2.510"), sar)));
        VarianceLine unvalued = new VarianceLine(Position.of(new ItemId("91")), java.util.List.of(2), Quantity.of(1),
                Quantity.of(4), Quantity.of(1), Quantity.of(-3), Direction.LOSS, Optional.empty(), Optional.empty());

        VarianceReport report = new VarianceReport(java.util.List.of(gain, unvalued), sar);

        assertThat(report.gains().amount()).isEqualByComparingTo("2.51");
        assertThat(report.losses().amount()).isEqualByComparingTo("0");
        assertThat(report.unvalued()).isEqualTo(1);
        assertThatThrownBy(() -> new VarianceReport(java.util.List.of(gain), Currency.getInstance("USD")))
                .hasMessageContaining("valued in SAR");
    }
}
