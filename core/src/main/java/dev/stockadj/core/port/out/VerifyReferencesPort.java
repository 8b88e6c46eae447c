package dev.stockadj.core.port.out;

import dev.stockadj.core.model.Accounts;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;

import java.util.List;
import java.util.Optional;

/**
 * Checks, before anything is sent, that the location and accounts a plan will name exist at the
 * vendor. Returns one problem per missing reference, naming it; empty when all exist.
 *
 * @throws VendorFailure when the vendor cannot be read
 */
public interface VerifyReferencesPort {
    List<Problem> verify(LocationId location, Optional<Accounts> accounts);
}
