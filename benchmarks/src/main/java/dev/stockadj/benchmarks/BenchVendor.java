package dev.stockadj.benchmarks;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.out.DescribeVendorPort;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.port.out.VerifyReferencesPort;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A vendor that answers from what it was given, at no cost of its own, so a benchmark measures the core: every
 * SKU resolves, every reference and position is taken, the book is the scenario's. It sends nothing.
 */
final class BenchVendor implements DescribeVendorPort, ResolveItemsPort, ReadBookQuantitiesPort, VerifyReferencesPort, PostAdjustmentPort {
    private final ItemResolution resolution;
    private final BookQuantities books;
    private final VendorCapabilities capabilities;

    private BenchVendor(Counts.Scenario scenario, VendorCapabilities capabilities) {
        this.resolution = new ItemResolution(scenario.skus(), Set.of());
        this.books = scenario.books();
        this.capabilities = capabilities;
    }

    static VendorPorts of(Counts.Scenario scenario, VendorCapabilities capabilities) {
        return VendorPorts.quantities(new BenchVendor(scenario, capabilities));
    }

    @Override
    public VendorCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public ItemResolution resolve(Set<Sku> skus) {
        return resolution;
    }

    @Override
    public BookQuantities read(LocationId location, Set<ItemId> items) {
        return books;
    }

    @Override
    public List<Problem> verify(LocationId location, Optional<Accounts> accounts) {
        return List.of();
    }

    @Override
    public List<Problem> verifyPositions(LocationId location, List<PositionCount> positions) {
        return List.of();
    }

    @Override
    public PostedDocument post(AdjustmentDocument document) {
        throw new UnsupportedOperationException("a benchmark plans; it sends nothing");
    }
}
