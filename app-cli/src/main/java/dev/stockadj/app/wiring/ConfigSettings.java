package dev.stockadj.app.wiring;

import dev.stockadj.app.config.Config;
import dev.stockadj.core.model.Secret;
import dev.stockadj.plumbing.wiring.VendorSettings;
import java.net.URI;
import java.util.Optional;

/**
 * The run's configuration as a vendor wiring reads it: every read is the configuration's own, so a bad value is
 * the same {@code ConfigException}, naming the key and never a secret, whichever vendor asked.
 */
record ConfigSettings(Config config) implements VendorSettings {
    @Override
    public String source() {
        return config.source();
    }

    @Override
    public Optional<String> get(String key) {
        return config.get(key);
    }

    @Override
    public Secret secret(String key) {
        return config.secret(key);
    }

    @Override
    public Optional<Secret> optionalSecret(String key) {
        return config.optionalSecret(key);
    }

    @Override
    public String headerText(String key) {
        return config.headerText(key);
    }

    @Override
    public int positiveInt(String key, int fallback, int max) {
        return config.positiveInt(key, fallback, max);
    }

    @Override
    public URI baseUrl(String key, URI fallback) {
        return config.baseUrl(key, fallback);
    }
}
