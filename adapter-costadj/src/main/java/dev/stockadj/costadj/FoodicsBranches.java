package dev.stockadj.costadj;

import dev.stockadj.core.model.Accounts;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VerifyReferencesPort;

import java.util.List;
import java.util.Optional;

/**
 * Checks that the branch exists; Foodics cost adjustments name no accounts, so those are not checked. Foodics
 * takes no stock counts (the services refuse them first), so there are no counted positions to check.
 */
final class FoodicsBranches implements VerifyReferencesPort {
    private final FoodicsApi api;
    private final Exchange exchange;

    FoodicsBranches(FoodicsApi api, Exchange exchange) {
        this.api = api;
        this.exchange = exchange;
    }

    @Override
    public List<Problem> verify(LocationId location, Optional<Accounts> accounts) {
        try {
            exchange.read(api.branch(location.value()));
            return List.of();
        } catch (VendorNotFound e) {
            return List.of(Problem.ofInput("foodics.branch-id", "Foodics has no branch '" + location + "'"));
        }
    }

    /** Nothing to check and nothing asked: Foodics takes no counts, so no count reaches it. */
    @Override
    public List<Problem> verifyPositions(LocationId location, List<PositionCount> positions) {
        return List.of();
    }
}
