package dev.stockadj.aolib;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Position;
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
 * What Order Time would refuse about a count's positions whatever their stock, found before anything is read
 * or sent, on the count's lines: items it does not know, bins not at the location or on items not kept in bins,
 * lot or serial numbers on items not tracked by them (and tracked items counted without one), and serial
 * numbers counted as anything but 0 or 1 unit. Two batched reads at most: the items' tracking and the
 * location's bins.
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
        List<Problem> problems = new ArrayList<>();
        for (PositionCount counted : positions) {
            Position position = counted.position();
            Optional<Tracking> track = Optional.ofNullable(tracking.get(position.item()));
            if (track.isEmpty()) {
                problems.addAll(counted.problem("item", isId(position.item().value())
                        ? "Order Time has no item " + position.item().value()
                        : "'" + position.item().value() + "' is not an Order Time item id (a whole number)"));
            }
            position.bin().flatMap(bin -> binProblem(bin, track, bins, position.item(), location))
                    .ifPresent(message -> problems.addAll(counted.problem("bin", message)));
            track.flatMap(t -> lotProblem(t, position.lot(), position.item(), counted.counted()))
                    .ifPresent(problem -> problems.addAll(counted.problem(problem.field(), problem.message())));
        }
        return problems;
    }

    private static Optional<String> binProblem(Bin bin, Optional<Tracking> track, BinDirectory bins, ItemId item,
            LocationId location) {
        if (track.isPresent() && !track.get().bins()) {
            return Optional.of("item " + item.value() + " is not kept in bins in Order Time, so it cannot be counted"
                    + " in bin '" + bin.value() + "'");
        }
        if (bins.find(bin).isEmpty()) {
            return Optional.of("bin '" + bin.value() + "' does not exist at location " + location.value());
        }
        return Optional.empty();
    }

    private static Optional<FieldError> lotProblem(Tracking track, Optional<LotNumber> lot, ItemId item,
            Quantity counted) {
        String kind = track.serial() ? "serial" : "lot";
        if (track.kind() == Tracking.Kind.NONE) {
            return lot.map(l -> new FieldError("lot", "item " + item.value() + " is not tracked by lot or serial"
                    + " number in Order Time, so it cannot be counted as " + l.value()));
        }
        if (lot.isEmpty()) {
            return Optional.of(new FieldError("lot", "item " + item.value() + " is tracked by " + kind
                    + " number in Order Time: count each " + kind + " on its own line"));
        }
        if (track.serial() && !counted.isZero() && !counted.equals(Quantity.of(1))) {
            return Optional.of(new FieldError("counted", "serial number " + lot.get().value() + " of item "
                    + item.value() + " is one unit: count it as 1 or 0, not " + counted));
        }
        return Optional.empty();
    }

    /** Order Time's ids are whole numbers; anything else is asked nothing. */
    private static boolean isId(String text) {
        return text.matches("\\d{1,9}");
    }
}
