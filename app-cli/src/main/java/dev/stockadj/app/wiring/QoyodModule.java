package dev.stockadj.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.qoyod.QoyodAdapter;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import java.util.Map;

/** Qoyod under {@code vendor = qoyod}: its adapter (or sandbox) and its emulator for {@code stockadj sandbox}. */
public final class QoyodModule extends AbstractModule {
    static final String NAME = QoyodAdapter.VENDOR.value();

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, ConfiguredVendor.class).addBinding(NAME)
                .toProvider(QoyodPorts.class);
        MapBinder.newMapBinder(binder(), String.class, SandboxStarter.class).addBinding(NAME)
                .toInstance(QoyodModule::sandbox);
    }

    /** The emulator on the state kept under the stockadj home; an unreadable state file exits 2 naming it. */
    static QoyodSandbox start(int port, StockadjHome home) {
        try {
            return QoyodSandbox.start(port, home.sandboxState(NAME));
        } catch (SandboxStateUnreadable e) {
            throw SandboxStates.unreadable(NAME, e);
        }
    }

    static RunningSandbox sandbox(int port, StockadjHome home) {
        QoyodSandbox sandbox = start(port, home);
        return new RunningSandbox(NAME, sandbox.baseUrl(), Map.of("API-KEY", sandbox.apiKey().reveal()),
                Map.of("qoyod.inventory-id", String.valueOf(QoyodSandbox.MAIN_WAREHOUSE),
                        "qoyod.revenue-account-id", String.valueOf(QoyodSandbox.GAINS_ACCOUNT),
                        "qoyod.expense-account-id", String.valueOf(QoyodSandbox.SHRINKAGE_ACCOUNT)),
                "/inventories", sandbox);
    }
}
