package dev.stockadj.costadj;

import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VerifyReferencesPort;
import dev.stockadj.costadj.dto.Ref;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that the branch exists, before anything is written; Foodics cost adjustments name no
 * accounts, so those are not checked. {@code GET /branches/{id}} and {@code GET /branches} are
 * seen in clients, not documented, and need the scope {@code general.read}, which a token made
 * for inventory transactions may lack. So a branch is refused only when Foodics positively says
 * it has none: a 404 to the branch and a list of branches without it. Where neither can be read
 * (403, another 404 or 400, an unreadable answer) the check is left to Foodics, which refuses a
 * cost adjustment at an unknown branch with a 422 naming {@code branch_id}. Foodics takes no stock
 * counts (the services refuse them first), so there are no counted positions to check.
 */
final class FoodicsBranches implements VerifyReferencesPort {
    private final FoodicsApi api;
    private final Exchange exchange;
    private final Decoder decoder;

    FoodicsBranches(FoodicsApi api, Exchange exchange, Decoder decoder) {
        this.api = api;
        this.exchange = exchange;
        this.decoder = decoder;
    }

    @Override
    public List<Problem> verify(LocationId location, Optional<Accounts> accounts) {
        try {
            exchange.read(api.branch(location.value()));
            return List.of();
        } catch (VendorNotFound e) {
            return listed(location) ? List.of()
                    : List.of(Problem.ofInput("foodics.branch-id", "Foodics has no branch '" + location + "'"));
        } catch (VendorAuthFailed e) {
            if (e.status() == 403) {
                return List.of();
            }
            throw e;
        }
    }

    /** Whether the list of branches names it; true (left to Foodics) when the list cannot be read. */
    private boolean listed(LocationId location) {
        try {
            return Pager.all(page -> decoder.page(exchange.read(api.branches(
                    Map.of("filter[id]", location.value(), "page", Integer.toString(page)))), Ref.class))
                    .stream().anyMatch(b -> location.value().equals(b.id()));
        } catch (VendorNotFound | VendorRejected | VendorProtocolError e) {
            return true;
        } catch (VendorAuthFailed e) {
            if (e.status() == 403) {
                return true;
            }
            throw e;
        }
    }

    /** Nothing to check and nothing asked: Foodics takes no counts, so no count reaches it. */
    @Override
    public List<Problem> verifyPositions(LocationId location, List<PositionCount> positions) {
        return List.of();
    }
}
