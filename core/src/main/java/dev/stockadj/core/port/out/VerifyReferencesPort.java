package dev.stockadj.core.port.out;

import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;

import java.util.List;
import java.util.Optional;

/**
 * Checks, before anything is read or sent, that what a plan will name exists at the vendor and
 * would be taken by it: the location and accounts, and the items, bins and lots or serial numbers
 * the count's lines name.
 *
 * @throws VendorFailure when the vendor cannot be read
 */
public interface VerifyReferencesPort {
    /** One problem per missing reference, naming it (on line 0: they are settings, not lines); empty when all exist. */
    List<Problem> verify(LocationId location, Optional<Accounts> accounts);

    /**
     * One problem per count line whose position the vendor would refuse whatever its book quantity: an item it
     * does not know or cannot adjust, a bin not at the location, a lot or serial number the item cannot carry,
     * a counted quantity it cannot hold at that position. Empty when it would take them all. Asks the vendor in as few requests as it allows, never one
     * per position for a large count, and none for no positions.
     */
    List<Problem> verifyPositions(LocationId location, List<PositionCount> positions);

    /**
     * What the vendor cannot check about these positions before anything is sent — a rule its documents do not
     * let an adapter see — each said for a person; its own validation decides when the document arrives. Empty
     * when it checked everything it would refuse. Asks the vendor nothing.
     */
    default List<String> unchecked(LocationId location, List<PositionCount> positions) {
        return List.of();
    }
}
