package dev.stockadj.app.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.MapBinder;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.app.wiring.Modules;
import dev.stockadj.plumbing.wiring.VendorDefaults;
import dev.stockadj.app.wiring.ConfiguredVendor;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.testing.InMemoryVendor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs stockadj commands the way Main does (parsed, then the application's modules wired for the run),
 * with an in-memory vendor registered as {@code vendor = memory}, a journal file and a
 * configuration file in a temporary folder (the stockadj home too), and stdout/stderr captured.
 */
final class CliHarness {
    static final LocationId LOCATION = new LocationId("12");
    static final Accounts ACCOUNTS = new Accounts(new AccountId("301"), new AccountId("502"));

    final InMemoryVendor vendor;
    final Path folder;
    final Path journal;
    final Path config;
    /** The stockadj home of every run ({@code STOCKADJ_HOME}): sandbox state and journal, never the real home's. */
    final Path home;
    private Optional<LocationId> configuredLocation = Optional.of(LOCATION);
    private boolean interactive;
    private final Map<String, String> environment = new HashMap<>();
    private Optional<ClockPort> clock = Optional.empty();

    record Run(int exit, String out, String err) {
    }

    CliHarness(Path folder, InMemoryVendor vendor) {
        try {
            this.folder = Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.vendor = vendor;
        this.journal = folder.resolve("journal.db");
        this.config = write("stockadj.properties", "vendor = memory\n");
        this.home = folder.resolve("home");
        environment.put("STOCKADJ_HOME", home.toString());
    }

    /** A Qoyod-like vendor: absolute quantities, gain and loss accounts, no read-back. */
    static CliHarness absolute(Path folder) {
        return new CliHarness(folder, seeded(InMemoryVendor.absoluteCapabilities(50)));
    }

    /** An Order Time-like vendor: deltas, bins and lots, search read-back; at most {@code maxLines} per document. */
    static CliHarness delta(Path folder, int maxLines) {
        return new CliHarness(folder, seeded(InMemoryVendor.deltaCapabilities(maxLines)));
    }

    /** A Foodics-like vendor: cost corrections only. */
    static CliHarness costs(Path folder) {
        return new CliHarness(folder, seeded(InMemoryVendor.costCapabilities()));
    }

    private static InMemoryVendor seeded(VendorCapabilities capabilities) {
        InMemoryVendor vendor = new InMemoryVendor(capabilities).location(LOCATION).accounts(ACCOUNTS);
        for (int n = 1; n <= 9; n++) {
            vendor.item(new ItemId(String.valueOf(n)),
                    Optional.of(new Sku("SKU-" + n)));
        }
        return vendor;
    }

    CliHarness withoutLocation() {
        configuredLocation = Optional.empty();
        return this;
    }

    CliHarness interactive() {
        interactive = true;
        return this;
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs with {@code clock} in place of the system clock. */
    CliHarness withClock(ClockPort clock) {
        this.clock = Optional.of(clock);
        return this;
    }

    CliHarness withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Run run(String... args) {
        return run(config, args);
    }

    /** Runs with another configuration file (and the harness's journal). */
    Run run(Path configFile, String... args) {
        List<String> all = new ArrayList<>(List.of("--config", configFile.toString(), "--journal", journal.toString()));
        all.addAll(List.of(args));
        return runRaw(all.toArray(String[]::new));
    }

    /** Runs without the harness's --config and --journal. */
    Run runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, StockadjHome.of(environment), this::modules, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** The application's modules for the run, its clock replaced if asked, with the in-memory vendor. */
    private List<Module> modules(Invocation invocation) {
        List<Module> modules = new ArrayList<>();
        Module application = com.google.inject.util.Modules.combine(Modules.all(environment, invocation));
        modules.add(clock.<Module>map(c -> com.google.inject.util.Modules.override(application)
                .with(binder -> binder.bind(ClockPort.class).toInstance(c))).orElse(application));
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                VendorDefaults defaults = new VendorDefaults("memory.location-id", configuredLocation,
                        Optional.of(ACCOUNTS), Currency.getInstance("SAR"));
                MapBinder.newMapBinder(binder(), String.class, ConfiguredVendor.class).addBinding("memory")
                        .toProvider(() -> new ConfiguredVendor(vendor.ports(), defaults));
                bind(Terminal.class).toInstance(() -> interactive);
                bind(Foreground.class).toInstance(() -> { });
            }
        });
        return modules;
    }
}
