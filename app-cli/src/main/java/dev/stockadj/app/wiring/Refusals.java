package dev.stockadj.app.wiring;

import dev.stockadj.app.config.ConfigException;
import dev.stockadj.plumbing.wiring.SettingRefused;
import java.util.function.Supplier;

/** A vendor wiring's refused setting told as every configuration error is: the key, the reason, exit 2. */
final class Refusals {
    private Refusals() {
    }

    static <T> T told(Supplier<T> wiring) {
        try {
            return wiring.get();
        } catch (SettingRefused e) {
            throw new ConfigException(e.key(), e.reason());
        }
    }
}
