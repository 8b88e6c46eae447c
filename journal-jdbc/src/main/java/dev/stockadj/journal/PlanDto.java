package dev.stockadj.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.plan.Direction;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.VendorName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The stored form of a {@link CountPlan}. Decimals are plain strings, absent values are
 * {@code null}, dates ISO-8601, the currency its ISO code. Positions name vendor item ids only
 * (a plan is made after SKUs are resolved). A plan stored before destinations were kept has none: its destination
 * is {@link Destination#UNRECORDED}. The whole record is never made for a stored plan: {@link PlanJsonWriter} and
 * {@link PlanJsonReader} stream its fields in this order and make its lines and documents one at a time; it stays as
 * the definition of the stored form, which tests check the stream against.
 */
record PlanDto(@JsonProperty("reference") String reference, @JsonProperty("vendor") String vendor,
               @JsonProperty("destination") String destination, @JsonProperty("location") String location, @JsonProperty("date") String date,
               @JsonProperty("fingerprint") String fingerprint,
               @JsonProperty("variance") VarianceDto variance, @JsonProperty("documents") List<DocumentDto> documents) {

    /** The whole plan's DTO: the stored form by definition (tests compare the streamed text with it). */
    static PlanDto of(CountPlan plan) {
        return new PlanDto(plan.reference().value(), plan.vendor().value(), plan.destination().value(),
                plan.location().value(), plan.date().toString(),
                plan.fingerprint(), VarianceDto.of(plan.variance()),
                plan.documents().stream().map(DocumentDto::of).toList());
    }

    record PositionDto(@JsonProperty("item") String item, @JsonProperty("bin") String bin,
                       @JsonProperty("lot") String lot) {
        static PositionDto of(Position p) {
            return new PositionDto(p.item().value(), p.bin().map(Bin::value).orElse(null),
                    p.lot().map(LotNumber::value).orElse(null));
        }

        Position toPosition() {
            return new Position(new ItemId(item), Optional.ofNullable(bin).map(Bin::new),
                    Optional.ofNullable(lot).map(LotNumber::new));
        }
    }

    /** The lines and their currency; the totals are computed from the lines, so they are not stored. */
    /**
     * The lines, how many (since plans are streamed: so they can be read back compact; absent before) and their
     * currency; the totals are computed from the lines, so they are not stored.
     */
    record VarianceDto(@JsonProperty("currency") String currency, @JsonProperty("line_count") Integer lineCount,
                       @JsonProperty("lines") List<VarianceLineDto> lines) {
        static VarianceDto of(VarianceReport r) {
            return new VarianceDto(r.currency().getCurrencyCode(), r.lines().size(),
                    r.lines().stream().map(VarianceLineDto::of).toList());
        }
    }

    record VarianceLineDto(@JsonProperty("position") PositionDto position,
                           @JsonProperty("source_lines") List<Integer> sourceLines,
                           @JsonProperty("counted") String counted, @JsonProperty("book") String book,
                           @JsonProperty("target") String target, @JsonProperty("variance") String variance,
                           @JsonProperty("direction") Direction direction,
                           @JsonProperty("unit_cost") String unitCost, @JsonProperty("value") String value) {
        static VarianceLineDto of(VarianceLine l) {
            return new VarianceLineDto(PositionDto.of(l.position()), l.sourceLines(), l.counted().plain(),
                    l.book().plain(), l.target().plain(), l.variance().plain(), l.direction(),
                    l.unitCost().map(UnitCost::plain).orElse(null),
                    l.value().map(m -> m.amount().toPlainString()).orElse(null));
        }

        VarianceLine toLine(Currency currency, ReadValues values) {
            return new VarianceLine(position.toPosition(), sourceLines, values.quantity(counted),
                    values.quantity(book), values.quantity(target), values.quantity(variance), direction,
                    values.cost(unitCost), Optional.ofNullable(value).map(v -> new Money(new BigDecimal(v), currency)));
        }
    }

    record DocumentDto(@JsonProperty("index") int index, @JsonProperty("key") String key,
                       @JsonProperty("vendor") String vendor, @JsonProperty("count_reference") String countReference,
                       @JsonProperty("location") String location, @JsonProperty("date") String date,
                       @JsonProperty("memo") String memo, @JsonProperty("mode") QuantityMode mode,
                       @JsonProperty("gain_account") String gainAccount,
                       @JsonProperty("loss_account") String lossAccount,
                       @JsonProperty("lines") List<LineDto> lines) {
        static DocumentDto of(AdjustmentDocument d) {
            return new DocumentDto(d.index(), d.key().value(), d.vendor().value(), d.countReference().value(),
                    d.location().value(), d.date().toString(), d.memo(), d.mode(), d.accounts().gain().value(),
                    d.accounts().loss().value(), d.lines().stream().map(LineDto::of).toList());
        }

        AdjustmentDocument toDocument(ReadValues values) {
            return new AdjustmentDocument(index, new IdempotencyKey(key), new VendorName(vendor),
                    new CountReference(countReference), new LocationId(location), LocalDate.parse(date), memo, mode,
                    new Accounts(new AccountId(gainAccount), new AccountId(lossAccount)),
                    lines.stream().map(l -> l.toLine(values)).toList());
        }
    }

    record LineDto(@JsonProperty("position") PositionDto position,
                   @JsonProperty("source_lines") List<Integer> sourceLines, @JsonProperty("book") String book,
                   @JsonProperty("target") String target, @JsonProperty("unit_cost") String unitCost,
                   @JsonProperty("expires") String expires) {
        static LineDto of(PlannedLine l) {
            return new LineDto(PositionDto.of(l.position()), l.sourceLines(), l.book().plain(), l.target().plain(),
                    l.unitCost().map(UnitCost::plain).orElse(null), l.expires().map(LocalDate::toString).orElse(null));
        }

        PlannedLine toLine(ReadValues values) {
            return new PlannedLine(position.toPosition(), sourceLines, values.quantity(book), values.quantity(target),
                    values.cost(unitCost), Optional.ofNullable(expires).map(LocalDate::parse));
        }
    }

    record ErrorDto(@JsonProperty("field") String field, @JsonProperty("message") String message) {
    }
}
