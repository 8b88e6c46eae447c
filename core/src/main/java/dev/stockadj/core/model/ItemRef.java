package dev.stockadj.core.model;

/** How a line names its item: by the vendor's id, or by a SKU still to be resolved. */
public sealed interface ItemRef permits ItemId, Sku {
    String value();
}
