package dev.stockadj.costadj;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.out.ReadUnitCostsPort;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.costadj.dto.PivotItem;
import dev.stockadj.plumbing.http.Exchange;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each item costs now at a branch: {@code pivot.cost_per_unit} of {@code GET /inventory_levels/{branch}}
 * [seen, not documented], read page by page — the pages the branch has, never one request per item. Where that
 * endpoint is missing, refused (403) or answers another shape, no cost is known (never zero): a verify then says the
 * cost is not listed, and a revert sees no conflict it could check.
 */
final class FoodicsUnitCosts implements ReadUnitCostsPort {
    private final FoodicsApi api;
    private final Exchange exchange;
    private final Decoder decoder;

    FoodicsUnitCosts(FoodicsApi api, Exchange exchange, Decoder decoder) {
        this.api = api;
        this.exchange = exchange;
        this.decoder = decoder;
    }

    @Override
    public Map<ItemId, UnitCost> costs(LocationId branch, Set<ItemId> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        List<PivotItem> levels;
        try {
            levels = Pager.all(page -> decoder.page(exchange.read(api.inventoryLevels(branch.value(), page)),
                    PivotItem.class));
        } catch (VendorNotFound | VendorRejected | VendorProtocolError e) {
            return Map.of();
        } catch (VendorAuthFailed e) {
            if (e.status() == 403) {
                return Map.of();
            }
            throw e;
        }
        Map<ItemId, UnitCost> costs = new HashMap<>();
        for (PivotItem level : levels) {
            Optional<BigDecimal> cost = Optional.ofNullable(level.pivot()).flatMap(p -> Lenient.decimal(p.costPerUnit()))
                    .filter(c -> c.signum() >= 0);
            if (level.id() != null && !level.id().isBlank() && cost.isPresent() && items.contains(new ItemId(level.id()))) {
                costs.put(new ItemId(level.id()), new UnitCost(cost.get()));
            }
        }
        return costs;
    }
}
