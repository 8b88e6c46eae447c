package dev.stockadj.app.wiring;

import dev.stockadj.app.config.Config;
import dev.stockadj.app.config.ConfigException;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.LocationId;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Reads the settings every vendor shares in shape: location, accounts, currency. */
final class Configured {
    private Configured() {
    }

    /** The configured location, else the sandbox's demo one (when running against the sandbox). */
    static Optional<LocationId> location(Config config, String key, Optional<String> demo) {
        return config.get(key).or(() -> demo).map(value -> value(key, value, LocationId::new));
    }

    /** Both accounts, or none; one without the other names the missing key. */
    static Optional<Accounts> accounts(Config config, String gainKey, String lossKey, Optional<Accounts> demo) {
        Optional<String> gain = config.get(gainKey);
        Optional<String> loss = config.get(lossKey);
        if (gain.isEmpty() && loss.isEmpty()) {
            return demo;
        }
        if (gain.isEmpty() || loss.isEmpty()) {
            String missing = gain.isEmpty() ? gainKey : lossKey;
            throw new ConfigException(missing, "missing setting (in " + config.source() + "); set both "
                    + gainKey + " and " + lossKey);
        }
        return Optional.of(new Accounts(value(gainKey, gain.get(), AccountId::new),
                value(lossKey, loss.get(), AccountId::new)));
    }

    /** The {@code currency} setting (an ISO 4217 code), else the vendor's usual currency. */
    static Currency currency(Config config, String fallback) {
        return value("currency", config.get("currency").orElse(fallback), Currency::getInstance);
    }

    /**
     * Settings built by an adapter's own checks, after the configuration checked each key: should the adapter still
     * refuse them, the message names the vendor's settings and is the adapter's (which never shows a secret).
     */
    static <S> S settings(String vendor, Supplier<S> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(vendor + ".*", e.getMessage() == null ? "invalid settings" : e.getMessage());
        }
    }

    static <T> T value(String key, String text, Function<String, T> make) {
        try {
            return make.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, e.getMessage() == null ? "invalid value '" + text + "'" : e.getMessage());
        }
    }
}
