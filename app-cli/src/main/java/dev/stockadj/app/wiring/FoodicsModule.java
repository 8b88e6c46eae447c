package dev.stockadj.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.costadj.FoodicsAdapter;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import java.util.Map;

/** Foodics under {@code vendor = foodics}: its cost adjustment adapter (or sandbox) and its emulator. */
public final class FoodicsModule extends AbstractModule {
    static final String NAME = FoodicsAdapter.VENDOR.value();

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, ConfiguredVendor.class).addBinding(NAME)
                .toProvider(FoodicsPorts.class);
        MapBinder.newMapBinder(binder(), String.class, SandboxStarter.class).addBinding(NAME)
                .toInstance(FoodicsModule::sandbox);
    }

    /** The emulator on the state kept under the stockadj home; an unreadable state file exits 2 naming it. */
    static FoodicsSandbox start(int port, StockadjHome home) {
        try {
            return FoodicsSandbox.start(port, home.sandboxState(NAME));
        } catch (SandboxStateUnreadable e) {
            throw SandboxStates.unreadable(NAME, e);
        }
    }

    static RunningSandbox sandbox(int port, StockadjHome home) {
        FoodicsSandbox sandbox = start(port, home);
        return new RunningSandbox(NAME, sandbox.baseUrl(), Map.of("Authorization", "Bearer " + sandbox.token().reveal()),
                Map.of("foodics.branch-id", FoodicsSandbox.BRANCH_RIYADH), "/cost_adjustments", sandbox);
    }
}
