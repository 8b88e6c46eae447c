package dev.stockadj.qoyod;

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
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Qoyod under {@code vendor = qoyod}: the adapter from {@code qoyod.*} settings — or, for a sandbox run, against
 * the in-process emulator on the state kept under the home, whose demo inventory and accounts are the defaults.
 */
public final class QoyodWiring implements VendorWiring {
    static final String NAME = QoyodAdapter.VENDOR.value();
    static final URI DEFAULT_BASE_URL = URI.create("https://api.qoyod.com/2.0");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public WiredVendor wire(VendorSettings config, boolean sandbox, SandboxHome home) {
        int perMinute = config.positiveInt("qoyod.requests-per-minute", QoyodSettings.DEFAULT_REQUESTS_PER_MINUTE);
        int maxLines = config.positiveInt("qoyod.max-lines-per-document", QoyodSettings.DEFAULT_MAX_LINES);
        Opened opened = new Opened();
        try {
            QoyodSettings settings = VendorSettings.checked(NAME, () -> where(config, sandbox, home, opened)
                    .withRequestsPerMinute(perMinute).withMaxLinesPerDocument(maxLines));
            VendorDefaults defaults = new VendorDefaults("qoyod.inventory-id",
                    config.location("qoyod.inventory-id", demo(sandbox, String.valueOf(QoyodSandbox.MAIN_WAREHOUSE))),
                    config.accounts("qoyod.revenue-account-id", "qoyod.expense-account-id",
                            demo(sandbox, new Accounts(new AccountId(String.valueOf(QoyodSandbox.GAINS_ACCOUNT)),
                                    new AccountId(String.valueOf(QoyodSandbox.SHRINKAGE_ACCOUNT))))),
                    config.currency("SAR"));
            QoyodAdapter adapter = opened.add(QoyodAdapter.create(settings));
            return new WiredVendor(VendorPorts.quantities(adapter), defaults, opened);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    @Override
    public RunningSandbox startSandbox(int port, SandboxHome home) {
        QoyodSandbox sandbox = start(port, home);
        return new RunningSandbox(NAME, sandbox.baseUrl(), Map.of("API-KEY", sandbox.apiKey().reveal()),
                Map.of("qoyod.inventory-id", String.valueOf(QoyodSandbox.MAIN_WAREHOUSE),
                        "qoyod.revenue-account-id", String.valueOf(QoyodSandbox.GAINS_ACCOUNT),
                        "qoyod.expense-account-id", String.valueOf(QoyodSandbox.SHRINKAGE_ACCOUNT)),
                "/inventories", sandbox);
    }

    /** The emulator on the state kept under the home; an unreadable state file is refused naming it. */
    private static QoyodSandbox start(int port, SandboxHome home) {
        return SandboxStates.start(NAME, home, state -> QoyodSandbox.start(port, state));
    }

    /** The emulator's URL and key, or the configured ones. */
    private static QoyodSettings where(VendorSettings config, boolean sandbox, SandboxHome home, Opened opened) {
        if (sandbox) {
            QoyodSandbox emulator = opened.add(start(0, home));
            return QoyodSettings.defaults(emulator.baseUrl(), emulator.apiKey());
        }
        return QoyodSettings.defaults(config.baseUrl("qoyod.base-url", DEFAULT_BASE_URL), credential(config));
    }

    /** {@code qoyod.api-key} or {@code qoyod.access-token} (an OAuth 2.0 bearer token): exactly one. */
    private static QoyodCredential credential(VendorSettings config) {
        Optional<Secret> key = config.optionalSecret("qoyod.api-key");
        Optional<Secret> token = config.optionalSecret("qoyod.access-token");
        if (key.isPresent() == token.isPresent()) {
            throw new SettingRefused(key.isPresent() ? "qoyod.access-token" : "qoyod.api-key",
                    "set exactly one of qoyod.api-key and qoyod.access-token (in " + config.source() + ")");
        }
        return key.map(QoyodCredential::apiKey).orElseGet(() -> QoyodCredential.accessToken(token.get()));
    }

    private static <T> Optional<T> demo(boolean sandbox, T value) {
        return sandbox ? Optional.of(value) : Optional.empty();
    }
}
