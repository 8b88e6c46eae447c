package dev.stockadj.aolib;

import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.port.out.PositionCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Order Time would refuse about a count's positions, found before anything is read or sent, on the count's
 * lines: items it does not know; bins not at the location (record type 151 — items carry no documented bin
 * flag, so whether an item may sit in a bin is left to Order Time); lot or serial numbers on items whose
 * documented {@code TrackLotOrSerial} is false, and such items counted without one when it is true; serial
 * numbers counted as anything but 0 or 1 unit (when the item row says serial); and lot or serial numbers whose
 * {@code DocFillLotOrSerial} would go without the {@code ExpirationDate} the seed marks required — a number
 * new to Order Time counted above zero without {@code expires}, or a known one whose record (type 1100) gives
 * no expiry while the count gives none either. Three batched reads at most: the items, the location's bins,
 * the lot and serial records.
 */
final class PositionVerifier {

    private final Catalog catalog;

    PositionVerifier(Catalog catalog) {
        this.catalog = catalog;
    }

    List<Problem> verify(LocationId location, List<PositionCount> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        Set<ItemId> ids = positions.stream().map(p -> p.position().item()).filter(item -> isId(item.value()))
                .collect(Collectors.toSet());
        Map<ItemId, Tracking> tracking = ids.isEmpty() ? Map.of() : catalog.tracking(ids);
        boolean binned = positions.stream().anyMatch(p -> p.position().bin().isPresent());
        // a location that is no Order Time id has no bins; verify(location, accounts) reports it
        BinDirectory bins = binned && isId(location.value()) ? catalog.bins(location) : BinDirectory.empty();
        Set<LotRecords.Key> numbered = positions.stream().map(PositionCount::position)
                .filter(p -> p.lot().isPresent() && tracking.containsKey(p.item()))
                .map(p -> new LotRecords.Key(p.item(), p.lot().get())).collect(Collectors.toSet());
        LotRecords lots = numbered.isEmpty() ? LotRecords.none() : catalog.lots(numbered);
        List<Problem> problems = new ArrayList<>();
        for (PositionCount counted : positions) {
            Position position = counted.position();
            Optional<Tracking> track = Optional.ofNullable(tracking.get(position.item()));
            if (track.isEmpty()) {
                problems.addAll(counted.problem("item", isId(position.item().value())
                        ? "Order Time has no item " + position.item().value()
                        : "'" + position.item().value() + "' is not an Order Time item id (a whole number)"));
            }
            position.bin().filter(bin -> bins.find(bin).isEmpty())
                    .ifPresent(bin -> problems.addAll(counted.problem("bin", "bin '" + bin.value()
                            + "' does not exist at location " + location.value())));
            track.flatMap(t -> lotProblem(t, counted, lots))
                    .ifPresent(problem -> problems.addAll(counted.problem(problem.field(), problem.message())));
        }
        return problems;
    }

    private static Optional<FieldError> lotProblem(Tracking track, PositionCount counted, LotRecords lots) {
        ItemId item = counted.position().item();
        Optional<LotNumber> lot = counted.position().lot();
        if (lot.isEmpty()) {
            return track.lotOrSerial() ? Optional.of(new FieldError("lot", "item " + item.value()
                    + " is tracked by lot or serial number in Order Time: count each lot or serial on its own line"))
                    : Optional.empty();
        }
        if (track.untracked()) {
            return Optional.of(new FieldError("lot", "item " + item.value() + " is not tracked by lot or serial"
                    + " number in Order Time, so it cannot be counted as " + lot.get().value()));
        }
        if (track.serial() && !counted.counted().isZero() && !counted.counted().equals(Quantity.of(1))) {
            return Optional.of(new FieldError("counted", "serial number " + lot.get().value() + " of item "
                    + item.value() + " is one unit: count it as 1 or 0, not " + counted.counted()));
        }
        return expiryProblem(counted, item, lot.get(), lots);
    }

    /** The seed marks DocFillLotOrSerial.ExpirationDate required: a detail must be able to carry one. */
    private static Optional<FieldError> expiryProblem(PositionCount counted, ItemId item, LotNumber lot,
            LotRecords lots) {
        if (counted.expires().isPresent()) {
            return Optional.empty();
        }
        if (!lots.known(item, lot)) {
            return counted.counted().isZero() ? Optional.empty() : Optional.of(new FieldError("expires",
                    "lot or serial number " + lot.value() + " is new to Order Time for item " + item.value()
                            + ": give its expiry (expires, YYYY-MM-DD), which Order Time requires"));
        }
        return lots.expiry(item, lot).isPresent() ? Optional.empty() : Optional.of(new FieldError("expires",
                "lot or serial number " + lot.value() + " of item " + item.value() + " has no expiry in Order"
                        + " Time: give one (expires, YYYY-MM-DD), which Order Time requires on every change to it"));
    }

    /** Order Time's ids are whole numbers; anything else is asked nothing. */
    private static boolean isId(String text) {
        return text.matches("\\d{1,9}");
    }
}
