package dev.stockadj.aolib;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.plumbing.http.VendorJson;
import dev.stockadj.aolib.dto.Adjustment;
import dev.stockadj.aolib.dto.AdjustmentLineItem;
import dev.stockadj.aolib.dto.Detail;
import dev.stockadj.aolib.dto.DocFillLotOrSerial;
import dev.stockadj.aolib.dto.EntityRef;
import dev.stockadj.aolib.dto.FillBin;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.out.VendorRejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a planned document into Order Time's adjustment. Each planned line becomes one line item
 * with its signed delta; a line with a bin or lot carries one detail of the same quantity (so
 * detail quantities carry the line's sign and sum to it). A lot or serial detail carries the
 * count's expiry, or else the one Order Time records for that number (the seed marks
 * {@code ExpirationDate} required). Unknown bins, serial lines that move more than one unit and lot
 * or serial details without an expiry, which the positions' verification reports before planning,
 * are refused here again, on the count's lines, before anything is sent.
 */
final class OrderTimeMapper {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'00:00:00");

    private OrderTimeMapper() {
    }

    /**
     * The adapter's one JSON mapper: the shared configuration, and nulls left out of what is sent (Order Time reads an
     * absent reference differently from a null one [guess]).
     */
    static ObjectMapper json() {
        return VendorJson.builder().defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_NULL)).build();
    }

    static Adjustment toAdjustment(AdjustmentDocument document, Map<ItemId, Tracking> tracking, BinDirectory bins,
            LotRecords lots) {
        List<FieldError> errors = new ArrayList<>();
        List<AdjustmentLineItem> items = new ArrayList<>();
        for (PlannedLine line : document.lines()) {
            String name = countLines(line) + " (" + line.position() + ")";
            BigDecimal quantity = line.quantityToSend(QuantityMode.DELTA).value();
            Tracking track = tracking.get(line.position().item());
            if (track != null && track.serial() && quantity.abs().compareTo(BigDecimal.ONE) != 0) {
                errors.add(new FieldError("Quantity", name + ": a serial number moves by one unit, not "
                        + quantity.toPlainString()));
            }
            Optional<EntityRef> bin = line.position().bin().map(b -> bins.find(b).orElse(null));
            if (line.position().bin().isPresent() && bin.isEmpty()) {
                errors.add(new FieldError("BinRef", name + ": bin '" + line.position().bin().get().value()
                        + "' does not exist at location " + document.location().value()));
            }
            Optional<LocalDate> expires = line.expires().or(() -> line.position().lot()
                    .flatMap(lot -> lots.expiry(line.position().item(), lot)));
            line.position().lot().filter(lot -> expires.isEmpty()).ifPresent(lot -> errors.add(new FieldError(
                    "ExpirationDate", name + ": lot or serial number " + lot.value() + " has no expiry in the count"
                    + " or in Order Time, which requires one; nothing was sent")));
            items.add(new AdjustmentLineItem(ref(line.position().item().value(), "ItemRef"), quantity,
                    cost(line.unitCost()), details(line, quantity, bin, expires)));
        }
        if (!errors.isEmpty()) {
            throw new VendorRejected(errors);
        }
        return new Adjustment(ref(document.offsetAccount().value(), "AccountRef"),
                ref(document.location().value(), "LocationRef"), date(document.date()), memo(document), items);
    }

    /** The count file's lines a planned line was summed from: what a user can find and fix. */
    static String countLines(PlannedLine line) {
        List<Integer> lines = line.sourceLines();
        return (lines.size() == 1 ? "count line " : "count lines ")
                + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The description with the key first; cut to Order Time's 4000 characters, which never cuts the key. */
    static String memo(AdjustmentDocument document) {
        String text = document.describe();
        return text.length() > Adjustment.MAX_MEMO ? text.substring(0, Adjustment.MAX_MEMO) : text;
    }

    static EntityRef ref(String id, String field) {
        try {
            return EntityRef.of(Integer.parseInt(id));
        } catch (NumberFormatException e) {
            throw new VendorRejected(List.of(new FieldError(field,
                    "'" + id + "' is not an Order Time id (a whole number); nothing was sent")));
        }
    }

    private static BigDecimal cost(Optional<UnitCost> cost) {
        return cost.map(UnitCost::value).filter(c -> c.signum() != 0).orElse(null);
    }

    private static List<Detail> details(PlannedLine line, BigDecimal quantity, Optional<EntityRef> bin,
            Optional<LocalDate> expires) {
        if (!line.position().detailed()) {
            return null;
        }
        EntityRef binRef = bin.orElse(null);
        if (line.position().lot().isPresent()) {
            return List.of(new DocFillLotOrSerial(binRef, quantity, line.position().lot().get().value(),
                    expires.map(OrderTimeMapper::date).orElse(null)));
        }
        return binRef == null ? null : List.of(new FillBin(binRef, quantity));
    }
}
