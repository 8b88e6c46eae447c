package dev.stockadj.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import dev.stockadj.app.config.Config;
import dev.stockadj.app.config.ConfigException;
import dev.stockadj.app.config.ConfigLoader;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.journal.JdbcJournal;
import dev.stockadj.journal.JournalDatabase;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What every run shares: its invocation (the parsed command line's choices), the configuration, the journal, the
 * clock, and the choice of vendor. {@link VendorsModule} adds each vendor's {@link ConfiguredVendor} provider to a
 * {@link MapBinder} under the {@code vendor} key; only the chosen one is ever called, so only that vendor's adapter
 * (or sandbox) is built. Everything is built lazily, when a command first asks for it.
 */
public final class AppModule extends AbstractModule {
    static final String DEFAULT_SANDBOX_VENDOR = "qoyod";
    /** Names the journal (a path or a {@code jdbc:postgresql:} URL) for real runs when {@code --journal} does not. */
    public static final String JOURNAL_VARIABLE = "STOCKADJ_JOURNAL";

    private final Map<String, String> environment;
    private final Invocation invocation;

    public AppModule(Map<String, String> environment, Invocation invocation) {
        this.environment = Map.copyOf(environment);
        this.invocation = invocation;
    }

    @Override
    protected void configure() {
        bind(Invocation.class).toInstance(invocation);
        bind(Closer.class).in(Singleton.class);
        bind(ClockPort.class).toInstance(ClockPort.system());
        MapBinder.newMapBinder(binder(), String.class, ConfiguredVendor.class);
        MapBinder.newMapBinder(binder(), String.class, SandboxStarter.class);
    }

    @Provides
    @Singleton
    Config config() {
        return new ConfigLoader(environment).load(invocation.configFile());
    }

    @Provides
    @Singleton
    StockadjHome home() {
        return StockadjHome.of(environment);
    }

    /**
     * {@code --journal}, else (for a real run) {@code $STOCKADJ_JOURNAL}, else the {@code journal} setting, else
     * the home's journal; a {@code --sandbox} run keeps its own journal under the home unless {@code --journal}
     * names one, so a try on a sandbox never writes into the journal real counts use.
     */
    @Provides
    @Singleton
    JournalPort journal(StockadjHome home, Provider<Config> config) {
        String source = "--journal";
        Optional<String> where = invocation.journal();
        if (where.isEmpty() && !invocation.sandbox()) {
            where = Optional.ofNullable(environment.get(JOURNAL_VARIABLE)).filter(v -> !v.isBlank());
            source = JOURNAL_VARIABLE;
            if (where.isEmpty()) {
                where = config.get().get("journal");
                source = "journal";
            }
        }
        try {
            return new JdbcJournal(JournalDatabase.of(where.orElse(home.journal(invocation.sandbox()).toString())));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, e.getMessage());
        }
    }

    /** The journal's reverts: the steps of reverts, which every journal stockadj opens keeps (schema 3). */
    @Provides
    RevertJournalPort reverts(JournalPort journal) {
        if (journal instanceof RevertJournalPort reverts) {
            return reverts;
        }
        throw new ConfigException("journal", "the journal " + journal + " keeps no reverts");
    }

    /** The vendor the {@code vendor} setting names (Qoyod's sandbox when a {@code --sandbox} run names none). */
    @Provides
    @Singleton
    ConfiguredVendor vendor(Config config, Map<String, Provider<ConfiguredVendor>> vendors) {
        String known = String.join(", ", new TreeSet<>(vendors.keySet()));
        Optional<String> configured = config.get("vendor");
        String name = configured.orElseGet(() -> {
            if (invocation.sandbox()) {
                return DEFAULT_SANDBOX_VENDOR;
            }
            throw new ConfigException("vendor", "missing setting (in " + config.source() + "); set vendor to one of "
                    + known + ", or try --sandbox");
        });
        Provider<ConfiguredVendor> chosen = vendors.get(name);
        if (chosen == null) {
            throw new ConfigException("vendor", "unknown vendor '" + name + "'; known vendors: " + known);
        }
        return invocation.sandbox() ? chosen.get().onSandbox() : chosen.get();
    }
}
