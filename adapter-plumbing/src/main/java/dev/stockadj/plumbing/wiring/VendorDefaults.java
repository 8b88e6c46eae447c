package dev.stockadj.plumbing.wiring;

import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.LocationId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command takes from the configuration when the command line does not say it.
 *
 * @param locationKey the setting that names the location ({@code qoyod.inventory-id}, ...), for messages
 * @param location    the configured location (Qoyod inventory, Order Time location, Foodics branch)
 * @param accounts    the configured gain and loss accounts, where the vendor posts accounts
 * @param currency    the currency amounts are valued in ({@code currency}, or the vendor's default)
 */
public record VendorDefaults(String locationKey, Optional<LocationId> location, Optional<Accounts> accounts,
                             Currency currency) {
    public VendorDefaults {
        Objects.requireNonNull(locationKey, "locationKey is required");
        Objects.requireNonNull(location, "location is required (may be empty)");
        Objects.requireNonNull(accounts, "accounts are required (may be empty)");
        Objects.requireNonNull(currency, "currency is required");
    }
}
