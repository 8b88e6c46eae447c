package dev.stockadj.core.port.out;

import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.vendor.VendorCapabilities;

import java.util.Objects;
import java.util.Optional;

/**
 * One vendor as the use cases see it: what it can do, where its documents go, the reads every use case needs
 * (items, book quantities, references), and what it takes — quantity documents (Qoyod, Order Time), cost
 * adjustments (Foodics), or both. A vendor offers only what it takes: one that takes no quantities has no poster,
 * and the services refuse its counts before asking it anything. The capabilities must say the same as the ports,
 * so a vendor is never described one way and wired another.
 *
 * @param destination where the documents go: part of every count's identity in the journal
 * @param snapshots   how the reads of one planning may share what the vendor read ({@link ReadSnapshotPort#none()}
 *                    when every read goes to the vendor)
 * @param posting     how it takes quantity documents, if it takes any
 * @param costs       its cost adjustments, if it keeps any
 */
public record VendorPorts(
        VendorCapabilities capabilities,
        Destination destination,
        ResolveItemsPort items,
        ReadBookQuantitiesPort books,
        VerifyReferencesPort references,
        ReadSnapshotPort snapshots,
        Optional<Posting> posting,
        Optional<CostAdjustmentPort> costs) {

    /**
     * How a vendor takes quantity documents, and finds one again after an uncertain outcome.
     *
     * @param finder the search by key ({@link FindPostedDocumentPort#unsupported()} for a vendor that is read back
     *               by its stock, whose capabilities say so)
     */
    public record Posting(PostAdjustmentPort poster, FindPostedDocumentPort finder) {
        public Posting {
            Objects.requireNonNull(poster, "poster port is required");
            Objects.requireNonNull(finder, "finder port is required");
        }
    }

    public VendorPorts {
        Objects.requireNonNull(capabilities, "capabilities are required");
        Objects.requireNonNull(destination, "destination is required");
        Objects.requireNonNull(items, "items port is required");
        Objects.requireNonNull(books, "books port is required");
        Objects.requireNonNull(references, "references port is required");
        Objects.requireNonNull(snapshots, "snapshots port is required");
        Objects.requireNonNull(posting, "posting is required (may be empty)");
        Objects.requireNonNull(costs, "costs are required (may be empty)");
        if (posting.isPresent() == (capabilities.quantityMode() == QuantityMode.NONE)) {
            throw new IllegalArgumentException(capabilities.vendor() + " is described with quantity mode "
                    + capabilities.quantityMode() + " but wired " + (posting.isPresent() ? "with" : "without")
                    + " a poster");
        }
        if (costs.isPresent() != capabilities.costOnlyCorrections()) {
            throw new IllegalArgumentException(capabilities.vendor() + " is described "
                    + (capabilities.costOnlyCorrections() ? "with" : "without") + " cost-only corrections but wired "
                    + (costs.isPresent() ? "with" : "without") + " cost adjustments");
        }
    }

    /** A vendor that takes stock quantities (Qoyod, Order Time); its search and read snapshots when it offers them. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & PostAdjustmentPort> VendorPorts quantities(A adapter) {
        return reading(adapter, Optional.of(posting(adapter)), Optional.empty());
    }

    /** A vendor that takes stock quantities and cost-only corrections both. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & PostAdjustmentPort & CostAdjustmentPort> VendorPorts quantitiesAndCosts(A adapter) {
        return reading(adapter, Optional.of(posting(adapter)), Optional.of(adapter));
    }

    /** A vendor that keeps cost adjustments and takes no stock quantities (Foodics). */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & CostAdjustmentPort> VendorPorts costs(A adapter) {
        return reading(adapter, Optional.empty(), Optional.of(adapter));
    }

    /** The adapter's poster, and its search by key when it offers one. */
    private static Posting posting(PostAdjustmentPort adapter) {
        return new Posting(adapter, adapter instanceof FindPostedDocumentPort search
                ? search
                : FindPostedDocumentPort.unsupported());
    }

    private static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort>
            VendorPorts reading(A adapter, Optional<Posting> posting, Optional<CostAdjustmentPort> costs) {
        ReadSnapshotPort snapshots = adapter instanceof ReadSnapshotPort shared ? shared : ReadSnapshotPort.none();
        return new VendorPorts(adapter.capabilities(), adapter.destination(), adapter, adapter, adapter, snapshots,
                posting, costs);
    }

    /** The same ports, their documents counted as going to {@code other} (a sandbox, say). */
    public VendorPorts withDestination(Destination other) {
        return new VendorPorts(capabilities, other, items, books, references, snapshots, posting, costs);
    }
}
