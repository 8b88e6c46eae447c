package dev.stockadj.aolib;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.aolib.dto.Adjustment;
import dev.stockadj.aolib.dto.AdjustmentLineItem;
import dev.stockadj.aolib.dto.Detail;
import dev.stockadj.aolib.dto.DocFillLotOrSerial;
import dev.stockadj.aolib.dto.EntityRef;
import dev.stockadj.aolib.dto.FillBin;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code $type} polymorphism of line items and details survives a write and a read. */
class AdjustmentJsonProperties {

    private final ObjectMapper json = OrderTimeMapper.json();

    @Property(tries = 200)
    void anAdjustmentReadsBackEqualToWhatWasWritten(@ForAll("adjustments") Adjustment adjustment)
            throws JsonProcessingException {
        String written = json.writeValueAsString(adjustment);

        assertThat(json.readValue(written, Adjustment.class)).isEqualTo(adjustment);
    }

    @Property(tries = 200)
    void everyLineAndDetailCarriesItsVendorTypeName(@ForAll("adjustments") Adjustment adjustment)
            throws JsonProcessingException {
        JsonNode tree = json.valueToTree(adjustment);

        for (JsonNode line : tree.get("LineItems")) {
            assertThat(line.get("$type").asText()).isEqualTo("AOLib7.AdjustmentLineItem, AOLib7");
            for (JsonNode detail : line.path("Details")) {
                assertThat(detail.get("$type").asText())
                        .isIn("AOLib7.FillBin, AOLib7", "AOLib7.DocFillLotOrSerial, AOLib7");
                assertThat(detail.has("LotOrSerialNo"))
                        .isEqualTo(detail.get("$type").asText().contains("DocFillLotOrSerial"));
            }
        }
    }

    @Provide
    Arbitrary<Adjustment> adjustments() {
        return Combinators.combine(refs(), refs(), dates(), memos(), lines().list().ofMinSize(1).ofMaxSize(5))
                .as(Adjustment::new);
    }

    private Arbitrary<AdjustmentLineItem> lines() {
        Arbitrary<List<Detail>> details = Arbitraries.oneOf(fillBins(), lots()).list().ofMaxSize(3);
        return Combinators.combine(refs(), quantities().injectNull(0.2), quantities().injectNull(0.5), details)
                .as((item, quantity, cost, parts) -> new AdjustmentLineItem(item,
                        quantity == null && parts.isEmpty() ? BigDecimal.ONE : quantity, cost, parts));
    }

    private Arbitrary<Detail> fillBins() {
        return Combinators.combine(binRefs(), quantities()).as(FillBin::new);
    }

    private Arbitrary<Detail> lots() {
        Arbitrary<String> lotNumbers = Arbitraries.strings().alpha().numeric().withChars('-', ' ', 'é')
                .ofMinLength(1).ofMaxLength(50).filter(s -> !s.isBlank());
        return Combinators.combine(binRefs().injectNull(0.4), quantities(), lotNumbers, dates().injectNull(0.5))
                .as(DocFillLotOrSerial::new);
    }

    private Arbitrary<EntityRef> refs() {
        return Arbitraries.integers().between(1, Integer.MAX_VALUE).map(EntityRef::of);
    }

    private Arbitrary<EntityRef> binRefs() {
        return Combinators.combine(Arbitraries.integers().between(1, 100_000),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).injectNull(0.3)).as(EntityRef::new);
    }

    private Arbitrary<BigDecimal> quantities() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                Arbitraries.integers().between(0, 5)).as(BigDecimal::valueOf);
    }

    private Arbitrary<String> dates() {
        return Arbitraries.integers().between(0, 20_000)
                .map(days -> OrderTimeMapper.date(java.time.LocalDate.of(2000, 1, 1).plusDays(days)));
    }

    private Arbitrary<String> memos() {
        return Arbitraries.strings().ofMaxLength(200).injectNull(0.1);
    }
}
