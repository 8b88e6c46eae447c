package dev.stockadj.core.service;

import dev.stockadj.core.model.VendorCapabilities;
import dev.stockadj.core.port.out.DescribeVendorPort;
import dev.stockadj.core.port.out.FindPostedDocumentPort;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VerifyReferencesPort;

import java.util.Objects;

/** The driven ports a vendor that takes stock quantities offers, with what it can do. */
public record QuantityVendor(
        VendorCapabilities capabilities,
        ResolveItemsPort items,
        ReadBookQuantitiesPort books,
        VerifyReferencesPort references,
        PostAdjustmentPort poster,
        FindPostedDocumentPort finder) {

    public QuantityVendor {
        Objects.requireNonNull(capabilities, "capabilities are required");
        Objects.requireNonNull(items, "items port is required");
        Objects.requireNonNull(books, "books port is required");
        Objects.requireNonNull(references, "references port is required");
        Objects.requireNonNull(poster, "poster port is required");
        Objects.requireNonNull(finder, "finder port is required");
    }

    /** One adapter offering every port; its search is used when it offers one. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & PostAdjustmentPort> QuantityVendor of(A adapter) {
        FindPostedDocumentPort finder = adapter instanceof FindPostedDocumentPort search
                ? search
                : FindPostedDocumentPort.unsupported();
        return new QuantityVendor(adapter.capabilities(), adapter, adapter, adapter, adapter, finder);
    }
}
