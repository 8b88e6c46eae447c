package dev.stockadj.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.stockadj.aolib.OrderTimeAdapter;
import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import dev.stockadj.app.config.StockadjHome;
import java.util.Map;

/** Order Time under {@code vendor = ordertime}: its adapter (or sandbox) and its emulator. */
public final class OrderTimeModule extends AbstractModule {
    static final String NAME = OrderTimeAdapter.VENDOR.value();
    static final String DEMO_LOCATION = Integer.toString(OrderTimeSeed.HQ);
    static final String DEMO_GAIN_ACCOUNT = Integer.toString(OrderTimeSeed.GAIN_ACCOUNT);
    static final String DEMO_LOSS_ACCOUNT = Integer.toString(OrderTimeSeed.LOSS_ACCOUNT);

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, ConfiguredVendor.class).addBinding(NAME)
                .toProvider(OrderTimePorts.class);
        MapBinder.newMapBinder(binder(), String.class, SandboxStarter.class).addBinding(NAME)
                .toInstance(OrderTimeModule::sandbox);
    }

    /** The emulator on the state kept under the stockadj home; an unreadable state file exits 2 naming it. */
    static OrderTimeSandbox start(int port, StockadjHome home) {
        try {
            return OrderTimeSandbox.start(port, home.sandboxState(NAME));
        } catch (SandboxStateUnreadable e) {
            throw SandboxStates.unreadable(NAME, e);
        }
    }

    static RunningSandbox sandbox(int port, StockadjHome home) {
        OrderTimeSandbox sandbox = start(port, home);
        return new RunningSandbox(NAME, sandbox.baseUrl(), Map.of("apiKey", sandbox.apiKey().reveal(),
                "email", sandbox.email(), "password", sandbox.password().reveal()),
                Map.of("ordertime.location-id", DEMO_LOCATION, "ordertime.gain-account-id", DEMO_GAIN_ACCOUNT,
                        "ordertime.loss-account-id", DEMO_LOSS_ACCOUNT),
                "", sandbox);
    }
}
