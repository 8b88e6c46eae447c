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
 * so a vendor is never described one way and wired another. What closes the loop after an apply is offered the same
 * way: deleting a posted document belongs to its posting (Order Time), reading costs now to its cost adjustments
 * (Foodics); verify and revert take them from here, never by looking at an adapter's type.
 *
 * @param destination where the documents go: part of every count's identity in the journal
 * @param snapshots   how the reads of one planning may share what the vendor read ({@link ReadSnapshotPort#none()}
 *                    when every read goes to the vendor)
 * @param posting     how it takes quantity documents, if it takes any
 * @param costs       its cost adjustments, if it keeps any
 * @param unitCosts   what each item costs now, if the vendor says (Foodics): verify and revert of a cost correction
 *                    read it; only a vendor keeping cost adjustments offers it
 */
public record VendorPorts(
        VendorCapabilities capabilities,
        Destination destination,
        ResolveItemsPort items,
        ReadBookQuantitiesPort books,
        VerifyReferencesPort references,
        ReadSnapshotPort snapshots,
        Optional<Posting> posting,
        Optional<CostAdjustmentPort> costs,
        Optional<ReadUnitCostsPort> unitCosts) {

    /**
     * How a vendor takes quantity documents, finds one again after an uncertain outcome, and deletes one to revert
     * a count.
     *
     * @param finder  the search by key ({@link FindPostedDocumentPort#unsupported()} for a vendor that is read back
     *                by its stock, whose capabilities say so)
     * @param deletes its delete of a posted document, if it has one (its capabilities say {@code delete}); a revert
     *                without it sends counter-documents instead (Qoyod)
     */
    public record Posting(PostAdjustmentPort poster, FindPostedDocumentPort finder,
                          Optional<DeletePostedDocumentPort> deletes) {
        public Posting {
            Objects.requireNonNull(poster, "poster port is required");
            Objects.requireNonNull(finder, "finder port is required");
            Objects.requireNonNull(deletes, "deletes are required (may be empty)");
        }

        /** A posting that deletes nothing. */
        public Posting(PostAdjustmentPort poster, FindPostedDocumentPort finder) {
            this(poster, finder, Optional.empty());
        }
    }

    /** A vendor that says no item's cost now (every vendor but one keeping cost adjustments). */
    public VendorPorts(VendorCapabilities capabilities, Destination destination, ResolveItemsPort items,
                       ReadBookQuantitiesPort books, VerifyReferencesPort references, ReadSnapshotPort snapshots,
                       Optional<Posting> posting, Optional<CostAdjustmentPort> costs) {
        this(capabilities, destination, items, books, references, snapshots, posting, costs, Optional.empty());
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
        Objects.requireNonNull(unitCosts, "unit costs are required (may be empty)");
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
        if (posting.flatMap(Posting::deletes).isPresent() && !capabilities.delete()) {
            throw new IllegalArgumentException(capabilities.vendor() + " is described as deleting no document but"
                    + " wired with a delete");
        }
        if (unitCosts.isPresent() && costs.isEmpty()) {
            throw new IllegalArgumentException(capabilities.vendor() + " is wired reading costs now without cost"
                    + " adjustments");
        }
    }

    /**
     * A vendor that takes stock quantities (Qoyod, Order Time); its search, its delete (when its capabilities say it
     * deletes) and its read snapshots when it offers them.
     */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & PostAdjustmentPort> VendorPorts quantities(A adapter) {
        return reading(adapter, Optional.of(posting(adapter)), Optional.empty());
    }

    /** A vendor that takes stock quantities and cost-only corrections both. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & PostAdjustmentPort & CostAdjustmentPort> VendorPorts quantitiesAndCosts(A adapter) {
        return reading(adapter, Optional.of(posting(adapter)), Optional.of(adapter));
    }

    /** A vendor that keeps cost adjustments and takes no stock quantities (Foodics); its costs now when it says them. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & CostAdjustmentPort> VendorPorts costs(A adapter) {
        return reading(adapter, Optional.empty(), Optional.of(adapter));
    }

    /** The adapter's poster, its search by key when it offers one, and its delete when it offers one and may use it. */
    private static <A extends DescribeVendorPort & PostAdjustmentPort> Posting posting(A adapter) {
        FindPostedDocumentPort finder = adapter instanceof FindPostedDocumentPort search
                ? search
                : FindPostedDocumentPort.unsupported();
        Optional<DeletePostedDocumentPort> deletes = adapter.capabilities().delete()
                && adapter instanceof DeletePostedDocumentPort delete ? Optional.of(delete) : Optional.empty();
        return new Posting(adapter, finder, deletes);
    }

    private static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort>
            VendorPorts reading(A adapter, Optional<Posting> posting, Optional<CostAdjustmentPort> costs) {
        ReadSnapshotPort snapshots = adapter instanceof ReadSnapshotPort shared ? shared : ReadSnapshotPort.none();
        Optional<ReadUnitCostsPort> unitCosts = costs.isPresent() && adapter instanceof ReadUnitCostsPort read
                ? Optional.of(read) : Optional.empty();
        return new VendorPorts(adapter.capabilities(), adapter.destination(), adapter, adapter, adapter, snapshots,
                posting, costs, unitCosts);
    }

    /** The same ports, their documents counted as going to {@code other} (a sandbox, say). */
    public VendorPorts withDestination(Destination other) {
        return new VendorPorts(capabilities, other, items, books, references, snapshots, posting, costs, unitCosts);
    }
}
