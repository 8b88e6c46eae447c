package dev.stockadj.costadj;

import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.plumbing.http.HttpAnswer;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.costadj.FoodicsMapper.Known;
import dev.stockadj.costadj.dto.CostAdjustmentRead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cost adjustment transactions over the Foodics API. */
final class FoodicsCostAdjustments implements CostAdjustmentPort {
    static final String INCLUDE = "branch,items";

    private final String resource;
    private final FoodicsApi api;
    private final Exchange exchange;
    private final Decoder decoder;
    private final CreatorLookup creators;

    FoodicsCostAdjustments(String resource, FoodicsApi api, Exchange exchange, Decoder decoder,
            CreatorLookup creators) {
        this.resource = resource;
        this.api = api;
        this.exchange = exchange;
        this.decoder = decoder;
        this.creators = creators;
    }

    @Override
    public CostAdjustment create(CostAdjustmentDraft draft) {
        HttpAnswer answer = exchange.write(api.createCostAdjustment(resource,
                FoodicsMapper.toWrite(draft, creators.creator())));
        return written(answer, draft);
    }

    @Override
    public Optional<CostAdjustment> get(CostAdjustmentId id) {
        return fetch(id, Known.NOTHING);
    }

    private Optional<CostAdjustment> fetch(CostAdjustmentId id, Known known) {
        try {
            HttpAnswer answer = exchange.read(api.getCostAdjustment(resource, id.value(), INCLUDE));
            return Optional.of(FoodicsMapper.toDomain(decoder.single(answer, CostAdjustmentRead.class), known));
        } catch (VendorNotFound e) {
            return Optional.empty();
        }
    }

    /**
     * The adjustment a write answered. The seed document's write answers embed branch and items;
     * should Foodics embed relations only when included, it is read back with them, and should
     * that fail too, what was written stands in (without previous costs).
     */
    private CostAdjustment written(HttpAnswer answer, CostAdjustmentDraft draft) {
        CostAdjustmentRead read = decoder.single(answer, CostAdjustmentRead.class);
        Known known = Known.written(draft);
        if ((read.items() == null || read.branch() == null) && read.id() != null && !read.id().isBlank()) {
            try {
                Optional<CostAdjustment> stored = fetch(new CostAdjustmentId(read.id()), known);
                if (stored.isPresent()) {
                    return stored.get();
                }
            } catch (VendorFailure e) {
                // the write is done; what was written tells the rest
            }
        }
        return FoodicsMapper.toDomain(read, known);
    }

    /**
     * A search by reference that finds nothing is repeated without it, within the filter's branch or
     * date, matching the key in notes: Foodics may number its own references and ignore ours, and
     * a wrong "not found" would create a correction twice.
     */
    @Override
    public List<CostAdjustment> list(CostAdjustmentFilter filter) {
        List<CostAdjustment> found = listed(filter, filter.reference());
        if (found.isEmpty() && filter.reference().isPresent() && filter.narrowedBeyondReference()) {
            return listed(filter.withoutReference(), filter.reference());
        }
        return found;
    }

    private List<CostAdjustment> listed(CostAdjustmentFilter filter, Optional<String> carrying) {
        Map<String, String> query = Filters.toQuery(filter);
        return Pager.all(page -> {
            Map<String, String> paged = new LinkedHashMap<>(query);
            paged.put("include", INCLUDE);
            paged.put("page", Integer.toString(page));
            return decoder.page(exchange.read(api.listCostAdjustments(resource, paged)), CostAdjustmentRead.class);
        }).stream().map(read -> FoodicsMapper.toDomain(read, Known.within(filter.branch()))).filter(a -> carries(a, carrying)).toList();
    }

    /**
     * Laravel filters may match partially; a search by reference (an idempotency key) must not
     * return a neighbour, so only adjustments carrying the exact text in reference or notes are kept.
     */
    private static boolean carries(CostAdjustment adjustment, Optional<String> reference) {
        return reference.isEmpty() || adjustment.reference().filter(reference.get()::equals).isPresent()
                || adjustment.notes().contains(reference.get());
    }

    @Override
    public CostAdjustment update(CostAdjustmentId id, CostAdjustmentDraft draft) {
        HttpAnswer answer = exchange.write(api.updateCostAdjustment(resource, id.value(),
                FoodicsMapper.toWrite(draft, creators.creator())));
        return written(answer, draft);
    }

    /** Reads the adjustment and writes it back whole with status 2; an already closed one is returned as is. */
    @Override
    public CostAdjustment close(CostAdjustmentId id) {
        CostAdjustment stored = get(id).orElseThrow(() -> new VendorNotFound("Foodics has no cost adjustment " + id));
        if (stored.status() == CostAdjustmentStatus.CLOSED) {
            return stored;
        }
        return update(id, stored.toDraft().withStatus(CostAdjustmentStatus.CLOSED));
    }

    @Override
    public void delete(CostAdjustmentId id) {
        exchange.write(api.deleteCostAdjustment(resource, id.value()));
    }
}
