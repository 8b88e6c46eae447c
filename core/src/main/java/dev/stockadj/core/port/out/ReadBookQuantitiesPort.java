package dev.stockadj.core.port.out;

import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;

import java.util.Set;

/**
 * Reads what the vendor holds on record now at a location, for the given items, at the vendor's
 * granularity (per bin and lot where it tracks them). Items it holds none of may be absent.
 * Must not take one request per item for a large count.
 *
 * @throws VendorFailure when the vendor cannot be read
 */
public interface ReadBookQuantitiesPort {
    BookQuantities read(LocationId location, Set<ItemId> items);
}
