package dev.stockadj.core.testing;

import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Sku;

/**
 * What a quantity vendor's contract test needs to know about the vendor's (sandbox's) seed data.
 *
 * @param location        a location that exists
 * @param accounts        gain and loss accounts that exist
 * @param trackedItem     an item whose stock is tracked at {@code location}, without bins or lots
 * @param skuOfTracked    the SKU of {@code trackedItem}
 * @param unknownItem     an item id the vendor does not know
 * @param unknownSku      a SKU the vendor does not know
 * @param unknownLocation a location id the vendor does not know
 */
public record QuantityVendorFixture(
        LocationId location,
        Accounts accounts,
        ItemId trackedItem,
        Sku skuOfTracked,
        ItemId unknownItem,
        Sku unknownSku,
        LocationId unknownLocation) {
}
