package dev.stockadj.core.port.out;

import dev.stockadj.core.model.Sku;

import java.util.Set;

/**
 * Resolves SKUs (or barcodes) to the vendor's item ids, all at once, in as few requests as the
 * vendor allows: never one request per line for a large count.
 *
 * @throws VendorFailure when the vendor cannot be read
 */
public interface ResolveItemsPort {
    ItemResolution resolve(Set<Sku> skus);
}
