package dev.stockadj.costadj;

import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.plumbing.wiring.Opened;
import dev.stockadj.plumbing.wiring.RunningSandbox;
import dev.stockadj.plumbing.wiring.SandboxHome;
import dev.stockadj.plumbing.wiring.SandboxStates;
import dev.stockadj.plumbing.wiring.VendorDefaults;
import dev.stockadj.plumbing.wiring.VendorSettings;
import dev.stockadj.plumbing.wiring.VendorWiring;
import dev.stockadj.plumbing.wiring.WiredVendor;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Foodics under {@code vendor = foodics}: the cost adjustment adapter from {@code foodics.*} settings — or, for a
 * sandbox run, against the in-process emulator on the state kept under the home, whose demo branch is the default.
 */
public final class FoodicsWiring implements VendorWiring {
    static final String NAME = FoodicsAdapter.VENDOR.value();
    static final URI DEFAULT_BASE_URL = URI.create("https://api.foodics.com/v5");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public WiredVendor wire(VendorSettings config, boolean sandbox, SandboxHome home) {
        int perMinute = config.positiveInt("foodics.requests-per-minute", FoodicsSettings.DEFAULT_REQUESTS_PER_MINUTE,
                FoodicsSettings.MAX_REQUESTS_PER_MINUTE);
        Opened opened = new Opened();
        try {
            FoodicsSettings settings = VendorSettings.checked(NAME,
                    () -> where(config, sandbox, home, opened).withRequestsPerMinute(perMinute));
            Optional<String> path = config.get("foodics.resource-path");
            if (path.isPresent()) {
                settings = VendorSettings.value("foodics.resource-path", path.get(), settings::withResourcePath);
            }
            Optional<UserId> creator = config.get("foodics.creator-id")
                    .map(id -> VendorSettings.value("foodics.creator-id", id, UserId::new));
            if (creator.isPresent()) {
                settings = settings.withCreatorId(creator.get());
            }
            VendorDefaults defaults = new VendorDefaults("foodics.branch-id",
                    config.location("foodics.branch-id",
                            sandbox ? Optional.of(FoodicsSandbox.BRANCH_RIYADH) : Optional.empty()),
                    Optional.empty(), config.currency("SAR"));
            FoodicsAdapter adapter = opened.add(FoodicsAdapter.create(settings));
            return new WiredVendor(VendorPorts.costs(adapter), defaults, opened);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    @Override
    public RunningSandbox startSandbox(int port, SandboxHome home) {
        FoodicsSandbox sandbox = start(port, home);
        return new RunningSandbox(NAME, sandbox.baseUrl(), Map.of("Authorization", "Bearer " + sandbox.token().reveal()),
                Map.of("foodics.branch-id", FoodicsSandbox.BRANCH_RIYADH), "/cost_adjustments", sandbox);
    }

    /** The emulator on the state kept under the home; an unreadable state file is refused naming it. */
    private static FoodicsSandbox start(int port, SandboxHome home) {
        return SandboxStates.start(NAME, home, state -> FoodicsSandbox.start(port, state));
    }

    /** The emulator's URL and token, or the configured ones. */
    private static FoodicsSettings where(VendorSettings config, boolean sandbox, SandboxHome home, Opened opened) {
        if (sandbox) {
            FoodicsSandbox emulator = opened.add(start(0, home));
            return FoodicsSettings.defaults(emulator.baseUrl(), emulator.token());
        }
        return FoodicsSettings.defaults(config.baseUrl("foodics.base-url", DEFAULT_BASE_URL), config.secret("foodics.token"));
    }
}
