package dev.stockadj.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.multibindings.MapBinder;
import dev.stockadj.app.config.Config;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.plumbing.wiring.VendorWiring;
import java.util.List;

/**
 * Every vendor of one list, bound the same way under its name: its {@link ConfiguredVendor} (built only when the
 * run chooses it) and its {@link SandboxStarter}. Knows no vendor: each wiring comes from its adapter module.
 */
final class VendorsModule extends AbstractModule {
    private final List<VendorWiring> vendors;

    VendorsModule(List<VendorWiring> vendors) {
        this.vendors = List.copyOf(vendors);
    }

    @Override
    protected void configure() {
        MapBinder<String, ConfiguredVendor> configured =
                MapBinder.newMapBinder(binder(), String.class, ConfiguredVendor.class);
        MapBinder<String, SandboxStarter> starters = MapBinder.newMapBinder(binder(), String.class, SandboxStarter.class);
        Provider<Config> config = getProvider(Config.class);
        Provider<Invocation> invocation = getProvider(Invocation.class);
        Provider<Closer> closer = getProvider(Closer.class);
        Provider<StockadjHome> home = getProvider(StockadjHome.class);
        for (VendorWiring vendor : vendors) {
            configured.addBinding(vendor.name()).toProvider(() -> Refusals.told(() -> {
                var wired = vendor.wire(new ConfigSettings(config.get()), invocation.get().sandbox(), home.get());
                closer.get().register(wired.resources());
                return new ConfiguredVendor(wired.ports(), wired.defaults());
            }));
            starters.addBinding(vendor.name())
                    .toInstance((port, at) -> Refusals.told(() -> vendor.startSandbox(port, at)));
        }
    }
}
