package dev.stockadj.plumbing.wiring;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.plan.Accounts;
import java.net.URI;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A vendor's settings as the application holds them, read by key. Every read that fails throws {@link
 * SettingRefused} naming the key (the application may throw its own configuration error instead: it is told the
 * same way); a message never shows a secret's value. The shared shapes (location, accounts, currency) are read
 * here once, so every vendor words them alike.
 */
public interface VendorSettings {
    /** Where the settings came from, for messages. */
    String source();

    /** The value, stripped; empty when unset or blank. */
    Optional<String> get(String key);

    /** A credential; it travels in a request header, so it must be printable ASCII. */
    Secret secret(String key);

    Optional<Secret> optionalSecret(String key);

    /** A required value sent as a request header (an email): printable ASCII only; a refusal never shows it. */
    String headerText(String key);

    /** A whole number from 1 to {@code max} (what the adapter's settings accept), else {@code fallback} when unset. */
    int positiveInt(String key, int fallback, int max);

    default int positiveInt(String key, int fallback) {
        return positiveInt(key, fallback, Integer.MAX_VALUE);
    }

    /** A vendor base URL: HTTPS (plain HTTP for a loopback host only), scheme, host, port and path only. */
    URI baseUrl(String key, URI fallback);

    /** The configured location, else the sandbox's demo one (when running against the sandbox). */
    default Optional<LocationId> location(String key, Optional<String> demo) {
        return get(key).or(() -> demo).map(value -> value(key, value, LocationId::new));
    }

    /** Both accounts, or none; one without the other names the missing key. */
    default Optional<Accounts> accounts(String gainKey, String lossKey, Optional<Accounts> demo) {
        Optional<String> gain = get(gainKey);
        Optional<String> loss = get(lossKey);
        if (gain.isEmpty() && loss.isEmpty()) {
            return demo;
        }
        if (gain.isEmpty() || loss.isEmpty()) {
            String missing = gain.isEmpty() ? gainKey : lossKey;
            throw new SettingRefused(missing, "missing setting (in " + source() + "); set both " + gainKey + " and "
                    + lossKey);
        }
        return Optional.of(new Accounts(value(gainKey, gain.get(), AccountId::new),
                value(lossKey, loss.get(), AccountId::new)));
    }

    /** The {@code currency} setting (an ISO 4217 code), else the vendor's usual currency. */
    default Currency currency(String fallback) {
        return value("currency", get("currency").orElse(fallback), Currency::getInstance);
    }

    /**
     * Settings built by an adapter's own checks, after each key was read: should the adapter still refuse them,
     * the refusal names the vendor's settings ({@code vendor.*}) and is the adapter's (which never shows a secret).
     */
    static <S> S checked(String vendor, Supplier<S> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new SettingRefused(vendor + ".*", e.getMessage() == null ? "invalid settings" : e.getMessage());
        }
    }

    /** A value made from a setting's text; what the maker refuses is refused under {@code key}. */
    static <T> T value(String key, String text, Function<String, T> make) {
        try {
            return make.apply(text);
        } catch (IllegalArgumentException e) {
            throw new SettingRefused(key, e.getMessage() == null ? "invalid value '" + text + "'" : e.getMessage());
        }
    }
}
