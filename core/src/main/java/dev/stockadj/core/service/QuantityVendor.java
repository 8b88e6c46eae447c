package dev.stockadj.core.service;

import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.out.DescribeVendorPort;
import dev.stockadj.core.port.out.FindPostedDocumentPort;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ReadSnapshotPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VerifyReferencesPort;

import java.util.Objects;

/**
 * The driven ports a vendor that takes stock quantities offers, with what it can do.
 *
 * @param snapshots how the reads of one planning may share what the vendor read ({@link ReadSnapshotPort#none()}
 *                  when every read goes to the vendor)
 * @param destination where the documents go: part of every count's identity in the journal
 */
public record QuantityVendor(
        VendorCapabilities capabilities,
        ResolveItemsPort items,
        ReadBookQuantitiesPort books,
        VerifyReferencesPort references,
        PostAdjustmentPort poster,
        FindPostedDocumentPort finder,
        ReadSnapshotPort snapshots,
        Destination destination) {

    public QuantityVendor {
        Objects.requireNonNull(capabilities, "capabilities are required");
        Objects.requireNonNull(items, "items port is required");
        Objects.requireNonNull(books, "books port is required");
        Objects.requireNonNull(references, "references port is required");
        Objects.requireNonNull(poster, "poster port is required");
        Objects.requireNonNull(finder, "finder port is required");
        Objects.requireNonNull(snapshots, "snapshots port is required");
        Objects.requireNonNull(destination, "destination is required");
    }

    /** A vendor whose every read goes to it afresh. */
    public QuantityVendor(VendorCapabilities capabilities, ResolveItemsPort items, ReadBookQuantitiesPort books,
                          VerifyReferencesPort references, PostAdjustmentPort poster, FindPostedDocumentPort finder) {
        this(capabilities, items, books, references, poster, finder, ReadSnapshotPort.none(),
                Destination.of(capabilities.vendor()));
    }

    /** The same ports, their documents counted as going to {@code other} (a sandbox, say). */
    public QuantityVendor withDestination(Destination other) {
        return new QuantityVendor(capabilities, items, books, references, poster, finder, snapshots, other);
    }

    /** One adapter offering every port; its search and its read snapshots are used when it offers them. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & PostAdjustmentPort> QuantityVendor of(A adapter) {
        FindPostedDocumentPort finder = adapter instanceof FindPostedDocumentPort search
                ? search
                : FindPostedDocumentPort.unsupported();
        ReadSnapshotPort snapshots = adapter instanceof ReadSnapshotPort shared ? shared : ReadSnapshotPort.none();
        return new QuantityVendor(adapter.capabilities(), adapter, adapter, adapter, adapter, finder, snapshots,
                adapter.destination());
    }
}
