package dev.stockadj.app.cli;

import dev.stockadj.app.config.ConfigException;
import java.util.function.Function;

/** Makes a value from a command-line option; a value's own check becomes an error naming the option. */
final class Values {
    private Values() {
    }

    static <T> T of(String option, String text, Function<String, T> make) {
        try {
            return make.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(option, e.getMessage() == null ? "invalid value '" + text + "'" : e.getMessage());
        }
    }
}
