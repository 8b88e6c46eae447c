package dev.stockadj.app.wiring;

import dev.stockadj.app.config.Config;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.core.model.UserId;
import dev.stockadj.costadj.FoodicsAdapter;
import dev.stockadj.costadj.FoodicsSettings;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.core.port.out.VendorPorts;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.net.URI;
import java.util.Optional;

/**
 * Builds the Foodics adapter from {@code foodics.*} settings — or, with {@code --sandbox}, against
 * the in-process Foodics emulator, on the state the sandbox kept under the stockadj home, whose demo branch is
 * the default.
 */
final class FoodicsPorts implements Provider<ConfiguredVendor> {
    static final URI DEFAULT_BASE_URL = URI.create("https://api.foodics.com/v5");

    private final Config config;
    private final Invocation invocation;
    private final Closer closer;
    private final StockadjHome home;

    @Inject
    FoodicsPorts(Config config, Invocation invocation, Closer closer, StockadjHome home) {
        this.config = config;
        this.invocation = invocation;
        this.closer = closer;
        this.home = home;
    }

    @Override
    public ConfiguredVendor get() {
        int perMinute = config.positiveInt("foodics.requests-per-minute", FoodicsSettings.DEFAULT_REQUESTS_PER_MINUTE,
                FoodicsSettings.MAX_REQUESTS_PER_MINUTE);
        boolean sandbox = invocation.sandbox();
        FoodicsSettings settings = Configured.settings("foodics", () -> where(sandbox).withRequestsPerMinute(perMinute));
        Optional<String> path = config.get("foodics.resource-path");
        if (path.isPresent()) {
            settings = Configured.value("foodics.resource-path", path.get(), settings::withResourcePath);
        }
        Optional<UserId> creator = config.get("foodics.creator-id")
                .map(id -> Configured.value("foodics.creator-id", id, UserId::new));
        if (creator.isPresent()) {
            settings = settings.withCreatorId(creator.get());
        }
        VendorDefaults defaults = new VendorDefaults("foodics.branch-id",
                Configured.location(config, "foodics.branch-id",
                        sandbox ? Optional.of(FoodicsSandbox.BRANCH_RIYADH) : Optional.empty()),
                Optional.empty(), Configured.currency(config, "SAR"));
        FoodicsAdapter adapter = closer.register(FoodicsAdapter.create(settings));
        return new ConfiguredVendor(VendorPorts.costs(adapter), defaults);
    }

    /** The emulator's URL and token, or the configured ones. */
    private FoodicsSettings where(boolean sandbox) {
        if (sandbox) {
            FoodicsSandbox emulator = closer.register(FoodicsModule.start(0, home));
            return FoodicsSettings.defaults(emulator.baseUrl(), emulator.token());
        }
        return FoodicsSettings.defaults(config.baseUrl("foodics.base-url", DEFAULT_BASE_URL),
                config.secret("foodics.token"));
    }
}
