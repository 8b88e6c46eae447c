package dev.stockadj.plumbing.wiring.archfixture;

import com.google.inject.AbstractModule;
import dev.stockadj.app.config.ConfigException;

/** A deliberate violation, in test sources only: a vendor wiring SPI piece that binds with Guice and throws the app's error. */
public final class WiringKnowingGuiceAndTheApp extends AbstractModule {
    @Override
    protected void configure() {
        throw new ConfigException("vendor", "the wiring SPI must not know the application");
    }
}
