package dev.stockadj.core.model.vendor;

import dev.stockadj.core.model.VendorName;

import java.util.Objects;

/**
 * What a vendor adapter can do; the core plans from it and refuses, before sending anything,
 * what the vendor cannot take.
 *
 * @param vendor                 the vendor's name, part of every idempotency key
 * @param quantityMode           absolute targets, signed deltas, or no quantities at all
 * @param accountsPerDocument    both accounts in one document, or a single offset account
 * @param maxLinesPerDocument    documents are split to at most this many lines
 * @param quantityScale          the most decimal places a quantity may have
 * @param costScale              the most decimal places a unit cost may have
 * @param binsAndLots            whether bins and lots/serials are tracked; if not, lines are summed per item
 * @param separateDetailedLines  whether lines with bin/lot details must not share a document with lines without
 * @param costOnlyCorrections    whether cost-only corrections are taken natively
 * @param readBack               how a posted document can be found again
 * @param delete                 whether a posted document can be deleted
 */
public record VendorCapabilities(
        VendorName vendor,
        QuantityMode quantityMode,
        AccountsPerDocument accountsPerDocument,
        int maxLinesPerDocument,
        int quantityScale,
        int costScale,
        boolean binsAndLots,
        boolean separateDetailedLines,
        boolean costOnlyCorrections,
        ReadBack readBack,
        boolean delete) {

    public VendorCapabilities {
        Objects.requireNonNull(vendor, "vendor is required");
        Objects.requireNonNull(quantityMode, "quantityMode is required");
        Objects.requireNonNull(accountsPerDocument, "accountsPerDocument is required");
        Objects.requireNonNull(readBack, "readBack is required");
        if (maxLinesPerDocument < 1) {
            throw new IllegalArgumentException("maxLinesPerDocument must be 1 or more: " + maxLinesPerDocument);
        }
        if (quantityScale < 0 || costScale < 0) {
            throw new IllegalArgumentException("scales must not be negative");
        }
    }

    public VendorCapabilities withMaxLinesPerDocument(int maxLines) {
        return new VendorCapabilities(vendor, quantityMode, accountsPerDocument, maxLines, quantityScale, costScale,
                binsAndLots, separateDetailedLines, costOnlyCorrections, readBack, delete);
    }
}
