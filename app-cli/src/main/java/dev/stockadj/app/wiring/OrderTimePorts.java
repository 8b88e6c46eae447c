package dev.stockadj.app.wiring;

import dev.stockadj.aolib.OrderTimeAdapter;
import dev.stockadj.aolib.OrderTimeSettings;
import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.app.config.Config;
import dev.stockadj.app.config.ConfigException;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.VendorPorts;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Optional;

/**
 * Builds the Order Time adapter from {@code ordertime.*} settings — or, with {@code --sandbox},
 * against the in-process Order Time emulator, on the state the sandbox kept under the stockadj home, whose demo
 * location and accounts are the defaults.
 */
final class OrderTimePorts implements Provider<ConfiguredVendor> {
    private final Config config;
    private final Invocation invocation;
    private final Closer closer;
    private final StockadjHome home;

    @Inject
    OrderTimePorts(Config config, Invocation invocation, Closer closer, StockadjHome home) {
        this.config = config;
        this.invocation = invocation;
        this.closer = closer;
        this.home = home;
    }

    @Override
    public ConfiguredVendor get() {
        int perMinute = config.positiveInt("ordertime.requests-per-minute", OrderTimeSettings.DEFAULT_REQUESTS_PER_MINUTE,
                OrderTimeSettings.MAX_REQUESTS_PER_MINUTE);
        int maxLines = config.positiveInt("ordertime.max-lines-per-document", OrderTimeSettings.DEFAULT_MAX_LINES);
        boolean sandbox = invocation.sandbox();
        OrderTimeSettings settings = Configured.settings("ordertime", () -> (sandbox ? sandboxSettings()
                : configuredSettings()).withRequestsPerMinute(perMinute).withMaxLinesPerDocument(maxLines));
        VendorDefaults defaults = new VendorDefaults("ordertime.location-id",
                Configured.location(config, "ordertime.location-id",
                        sandbox ? Optional.of(OrderTimeModule.DEMO_LOCATION) : Optional.empty()),
                Configured.accounts(config, "ordertime.gain-account-id", "ordertime.loss-account-id",
                        sandbox ? Optional.of(new Accounts(new AccountId(OrderTimeModule.DEMO_GAIN_ACCOUNT),
                                new AccountId(OrderTimeModule.DEMO_LOSS_ACCOUNT))) : Optional.empty()),
                Configured.currency(config, "USD"));
        OrderTimeAdapter adapter = closer.register(OrderTimeAdapter.create(settings));
        return new ConfiguredVendor(VendorPorts.quantities(adapter), defaults);
    }

    private OrderTimeSettings sandboxSettings() {
        OrderTimeSandbox emulator = closer.register(OrderTimeModule.start(0, home));
        return OrderTimeSettings.defaults(emulator.baseUrl(), emulator.apiKey(), emulator.email(),
                Optional.of(emulator.password()), Optional.empty());
    }

    private OrderTimeSettings configuredSettings() {
        Optional<Secret> password = config.optionalSecret("ordertime.password");
        Optional<Secret> devKey = config.optionalSecret("ordertime.dev-key");
        if (password.isPresent() == devKey.isPresent()) {
            throw new ConfigException("ordertime.password", "set exactly one of ordertime.password and ordertime.dev-key"
                    + " (in " + config.source() + ")");
        }
        return OrderTimeSettings.defaults(config.baseUrl("ordertime.base-url", OrderTimeSettings.DEFAULT_BASE_URL),
                config.secret("ordertime.api-key"), config.headerText("ordertime.email"), password, devKey);
    }
}
