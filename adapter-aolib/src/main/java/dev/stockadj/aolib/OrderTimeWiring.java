package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.plumbing.wiring.Opened;
import dev.stockadj.plumbing.wiring.RunningSandbox;
import dev.stockadj.plumbing.wiring.SandboxHome;
import dev.stockadj.plumbing.wiring.SandboxStates;
import dev.stockadj.plumbing.wiring.SettingRefused;
import dev.stockadj.plumbing.wiring.VendorDefaults;
import dev.stockadj.plumbing.wiring.VendorSettings;
import dev.stockadj.plumbing.wiring.VendorWiring;
import dev.stockadj.plumbing.wiring.WiredVendor;
import java.util.Map;
import java.util.Optional;

/**
 * Order Time under {@code vendor = ordertime}: the adapter from {@code ordertime.*} settings — or, for a sandbox
 * run, against the in-process emulator on the state kept under the home, whose demo location and accounts are
 * the defaults.
 */
public final class OrderTimeWiring implements VendorWiring {
    static final String NAME = OrderTimeAdapter.VENDOR.value();
    static final String DEMO_LOCATION = Integer.toString(OrderTimeSeed.HQ);
    static final String DEMO_GAIN_ACCOUNT = Integer.toString(OrderTimeSeed.GAIN_ACCOUNT);
    static final String DEMO_LOSS_ACCOUNT = Integer.toString(OrderTimeSeed.LOSS_ACCOUNT);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public WiredVendor wire(VendorSettings config, boolean sandbox, SandboxHome home) {
        int perMinute = config.positiveInt("ordertime.requests-per-minute", OrderTimeSettings.DEFAULT_REQUESTS_PER_MINUTE,
                OrderTimeSettings.MAX_REQUESTS_PER_MINUTE);
        int maxLines = config.positiveInt("ordertime.max-lines-per-document", OrderTimeSettings.DEFAULT_MAX_LINES);
        Opened opened = new Opened();
        try {
            OrderTimeSettings settings = VendorSettings.checked(NAME, () -> (sandbox ? sandboxSettings(home, opened)
                    : configuredSettings(config)).withRequestsPerMinute(perMinute).withMaxLinesPerDocument(maxLines));
            VendorDefaults defaults = new VendorDefaults("ordertime.location-id",
                    config.location("ordertime.location-id", sandbox ? Optional.of(DEMO_LOCATION) : Optional.empty()),
                    config.accounts("ordertime.gain-account-id", "ordertime.loss-account-id",
                            sandbox ? Optional.of(new Accounts(new AccountId(DEMO_GAIN_ACCOUNT),
                                    new AccountId(DEMO_LOSS_ACCOUNT))) : Optional.empty()),
                    config.currency("USD"));
            OrderTimeAdapter adapter = opened.add(OrderTimeAdapter.create(settings));
            return new WiredVendor(VendorPorts.quantities(adapter), defaults, opened);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    @Override
    public RunningSandbox startSandbox(int port, SandboxHome home) {
        OrderTimeSandbox sandbox = start(port, home);
        return new RunningSandbox(NAME, sandbox.baseUrl(), Map.of("apiKey", sandbox.apiKey().reveal(),
                "email", sandbox.email(), "password", sandbox.password().reveal()),
                Map.of("ordertime.location-id", DEMO_LOCATION, "ordertime.gain-account-id", DEMO_GAIN_ACCOUNT,
                        "ordertime.loss-account-id", DEMO_LOSS_ACCOUNT),
                "", sandbox);
    }

    /** The emulator on the state kept under the home; an unreadable state file is refused naming it. */
    private static OrderTimeSandbox start(int port, SandboxHome home) {
        return SandboxStates.start(NAME, home, state -> OrderTimeSandbox.start(port, state));
    }

    private static OrderTimeSettings sandboxSettings(SandboxHome home, Opened opened) {
        OrderTimeSandbox emulator = opened.add(start(0, home));
        return OrderTimeSettings.defaults(emulator.baseUrl(), emulator.apiKey(), emulator.email(),
                Optional.of(emulator.password()), Optional.empty());
    }

    private static OrderTimeSettings configuredSettings(VendorSettings config) {
        Optional<Secret> password = config.optionalSecret("ordertime.password");
        Optional<Secret> devKey = config.optionalSecret("ordertime.dev-key");
        if (password.isPresent() == devKey.isPresent()) {
            throw new SettingRefused("ordertime.password", "set exactly one of ordertime.password and ordertime.dev-key"
                    + " (in " + config.source() + ")");
        }
        return OrderTimeSettings.defaults(config.baseUrl("ordertime.base-url", OrderTimeSettings.DEFAULT_BASE_URL),
                config.secret("ordertime.api-key"), config.headerText("ordertime.email"), password, devKey);
    }
}
