package dev.stockadj.core.service;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.vendor.QuantityMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys and fingerprints are hashed without building their text now; they must still be the very hashes the text
 * gave ({@link OriginalKeys}), or every plan frozen before would read as another count on its next run. Over text
 * in any script (surrogate pairs, a surrogate without its pair, the separators' neighbours), decimals of every
 * scale and size, and dates beyond four-digit years.
 */
class CanonicalProperties {
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12)
                .map(s -> s.codePoints().map(c -> Character.isISOControl(c) ? 'x' : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip())
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 1_000_000).map(BigInteger::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(40))));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-8, 16)).as(BigDecimal::new);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Combinators.combine(Arbitraries.integers().between(-20_000, 20_000), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28)).as(LocalDate::of);
    }

    @Provide
    Arbitrary<StockCount> counts() {
        Arbitrary<CountLine> line = Combinators.combine(Arbitraries.integers().between(1, Integer.MAX_VALUE),
                texts(), Arbitraries.of(true, false), decimals(), decimals().optional(), decimals().optional(),
                texts().optional(), Combinators.combine(texts(), dates().optional()).as((lot, expires) -> List.of(lot, expires))
                        .optional())
                .as((no, name, sku, counted, cost, book, bin, lot) -> {
                    ItemRef item = sku ? new Sku(name) : new ItemId(name);
                    return new CountLine(no, item, new Quantity(counted), cost.map(UnitCost::new), book.map(Quantity::new),
                            bin.map(Bin::new), lot.map(l -> new LotNumber((String) l.get(0))),
                            lot.flatMap(l -> expiry(l.get(1))));
                });
        return Combinators.combine(texts(), dates(), Arbitraries.strings().all().ofMaxLength(20),
                        line.list().ofMaxSize(6))
                .as((reference, date, memo, lines) -> new StockCount(new CountReference(reference), new LocationId("12"),
                        date, memo, Currency.getInstance("SAR"), lines));
    }

    @SuppressWarnings("unchecked") // the pair above holds an Optional<LocalDate> second
    private static Optional<LocalDate> expiry(Object value) {
        return (Optional<LocalDate>) value;
    }

    @Provide
    Arbitrary<List<PlannedLine>> plannedLines() {
        return Combinators.combine(texts(), texts().optional(), texts().optional(), decimals(), decimals(),
                        decimals().optional(), dates().optional())
                .as((item, bin, lot, book, target, cost, expires) -> new PlannedLine(new Position(new ItemId(item),
                        bin.map(Bin::new), lot.map(LotNumber::new)),
                        List.of(1), new Quantity(book.negate()), new Quantity(target), cost.map(UnitCost::new), expires))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void aCountsFingerprintIsTheOneItsTextGave(@ForAll("counts") StockCount count) {
        assertThat(Keys.fingerprint(count)).isEqualTo(OriginalKeys.fingerprint(count));
    }

    @Property
    void aDocumentsContentHashAndKeyAreTheOnesTheirTextGave(@ForAll("plannedLines") List<PlannedLine> lines,
                                                            @ForAll("dates") LocalDate date,
                                                            @ForAll("texts") String memo, @ForAll("texts") String reference,
                                                            @ForAll QuantityMode mode, @ForAll int index) {
        Accounts accounts = new Accounts(new AccountId("301"), new AccountId(memo));
        String content = Keys.content(mode, date, memo, accounts, lines);

        assertThat(content).isEqualTo(OriginalKeys.content(mode, date, memo, accounts, lines));
        VendorName vendor = new VendorName("qoyod");
        assertThat(Keys.document(new CountReference(reference), vendor, Destination.sandbox(vendor), new LocationId(memo),
                index, content)).isEqualTo(OriginalKeys.document(new CountReference(reference), vendor,
                Destination.sandbox(vendor), new LocationId(memo), index, content));
    }
}
