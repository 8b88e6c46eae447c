package dev.stockadj.app.wiring;

import dev.stockadj.app.config.Config;
import dev.stockadj.app.config.ConfigException;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.Secret;
import dev.stockadj.qoyod.QoyodCredential;
import dev.stockadj.qoyod.QoyodAdapter;
import dev.stockadj.qoyod.QoyodSettings;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import dev.stockadj.core.port.out.VendorPorts;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.net.URI;
import java.util.Optional;

/**
 * Builds the Qoyod adapter from {@code qoyod.*} settings — or, with {@code --sandbox}, against the
 * in-process Qoyod emulator, on the state the sandbox kept under the stockadj home, whose demo inventory and
 * accounts are the defaults.
 */
final class QoyodPorts implements Provider<ConfiguredVendor> {
    static final URI DEFAULT_BASE_URL = URI.create("https://api.qoyod.com/2.0");

    private final Config config;
    private final Invocation invocation;
    private final Closer closer;
    private final StockadjHome home;

    @Inject
    QoyodPorts(Config config, Invocation invocation, Closer closer, StockadjHome home) {
        this.config = config;
        this.invocation = invocation;
        this.closer = closer;
        this.home = home;
    }

    @Override
    public ConfiguredVendor get() {
        int perMinute = config.positiveInt("qoyod.requests-per-minute", QoyodSettings.DEFAULT_REQUESTS_PER_MINUTE);
        int maxLines = config.positiveInt("qoyod.max-lines-per-document", QoyodSettings.DEFAULT_MAX_LINES);
        boolean sandbox = invocation.sandbox();
        QoyodSettings settings = Configured.settings("qoyod", () -> where(sandbox)
                .withRequestsPerMinute(perMinute).withMaxLinesPerDocument(maxLines));
        VendorDefaults defaults = new VendorDefaults("qoyod.inventory-id",
                Configured.location(config, "qoyod.inventory-id",
                        demo(sandbox, String.valueOf(QoyodSandbox.MAIN_WAREHOUSE))),
                Configured.accounts(config, "qoyod.revenue-account-id", "qoyod.expense-account-id",
                        demo(sandbox, new Accounts(new AccountId(String.valueOf(QoyodSandbox.GAINS_ACCOUNT)),
                                new AccountId(String.valueOf(QoyodSandbox.SHRINKAGE_ACCOUNT))))),
                Configured.currency(config, "SAR"));
        QoyodAdapter adapter = closer.register(QoyodAdapter.create(settings));
        return new ConfiguredVendor(VendorPorts.quantities(adapter), defaults);
    }

    /** The emulator's URL and key, or the configured ones. */
    private QoyodSettings where(boolean sandbox) {
        if (sandbox) {
            QoyodSandbox emulator = closer.register(QoyodModule.start(0, home));
            return QoyodSettings.defaults(emulator.baseUrl(), emulator.apiKey());
        }
        return QoyodSettings.defaults(config.baseUrl("qoyod.base-url", DEFAULT_BASE_URL), credential());
    }

    /** {@code qoyod.api-key} or {@code qoyod.access-token} (an OAuth 2.0 bearer token): exactly one. */
    private QoyodCredential credential() {
        Optional<Secret> key = config.optionalSecret("qoyod.api-key");
        Optional<Secret> token = config.optionalSecret("qoyod.access-token");
        if (key.isPresent() == token.isPresent()) {
            throw new ConfigException(key.isPresent() ? "qoyod.access-token" : "qoyod.api-key",
                    "set exactly one of qoyod.api-key and qoyod.access-token (in " + config.source() + ")");
        }
        return key.map(QoyodCredential::apiKey).orElseGet(() -> QoyodCredential.accessToken(token.get()));
    }

    private static <T> Optional<T> demo(boolean sandbox, T value) {
        return sandbox ? Optional.of(value) : Optional.empty();
    }
}
