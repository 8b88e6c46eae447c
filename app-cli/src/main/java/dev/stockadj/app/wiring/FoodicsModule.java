package dev.stockadj.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.stockadj.costadj.FoodicsAdapter;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import java.util.Map;

/** Foodics under {@code vendor = foodics}: its cost adjustment adapter (or sandbox) and its emulator. */
public final class FoodicsModule extends AbstractModule {
    static final String NAME = FoodicsAdapter.VENDOR.value();

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, VendorPorts.class).addBinding(NAME).toProvider(FoodicsPorts.class);
        MapBinder.newMapBinder(binder(), String.class, SandboxStarter.class).addBinding(NAME)
                .toInstance(FoodicsModule::sandbox);
    }

    static RunningSandbox sandbox(int port) {
        FoodicsSandbox sandbox = FoodicsSandbox.start(port);
        return new RunningSandbox(NAME, sandbox.baseUrl(), Map.of("Authorization", "Bearer " + sandbox.token().reveal()),
                Map.of("foodics.branch-id", FoodicsSandbox.BRANCH_RIYADH), "/cost_adjustments", sandbox);
    }
}
