package dev.stockadj.core.model.vendor;

import dev.stockadj.core.model.VendorName;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a count's documents go (the "target" a count is applied to): one vendor account's API — its vendor and
 * origin, e.g. {@code qoyod https://api.qoyod.com} — or a sandbox. Part of a count's identity in the journal: the
 * same count reference applied to another destination is another count, so a try on a sandbox, or on staging,
 * never makes the real apply say "already applied". Never holds a credential.
 */
public record Destination(String value) {
    /** The destination of a count frozen before destinations were recorded: any destination of its vendor may be it. */
    public static final Destination UNRECORDED = new Destination("(not recorded)");
    private static final int MAX_LENGTH = 300;

    public Destination {
        Objects.requireNonNull(value, "destination is required");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a destination is 1 to " + MAX_LENGTH + " printable characters");
        }
    }

    /** A vendor with nothing else to tell its accounts apart: its name alone. */
    public static Destination of(VendorName vendor) {
        return new Destination(vendor.value());
    }

    /**
     * A vendor's API at {@code api}: its origin (scheme, host and port, the default port left out), so the same
     * account reached by another path of its API is the same destination.
     */
    public static Destination of(VendorName vendor, URI api) {
        String scheme = String.valueOf(api.getScheme()).toLowerCase(Locale.ROOT);
        String host = String.valueOf(api.getHost()).toLowerCase(Locale.ROOT);
        int port = api.getPort();
        boolean defaultPort = port < 0 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return new Destination(vendor.value() + " " + scheme + "://" + host + (defaultPort ? "" : ":" + port));
    }

    /** The built-in sandbox of a vendor: the same target on every run, whatever port it listens on. */
    public static Destination sandbox(VendorName vendor) {
        return new Destination(vendor.value() + " sandbox");
    }

    @Override
    public String toString() {
        return value;
    }
}
