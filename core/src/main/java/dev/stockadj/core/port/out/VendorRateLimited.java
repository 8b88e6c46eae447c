package dev.stockadj.core.port.out;

import java.time.Duration;
import java.util.Optional;

/** The vendor refused the request for now (429); it was not recorded. Wait {@link #retryAfter()}. */
public final class VendorRateLimited extends VendorFailure {
    private final Duration retryAfter;

    public VendorRateLimited(Optional<Duration> retryAfter) {
        super("rate limited by the vendor" + retryAfter.map(d -> "; retry after " + d.toSeconds() + " s").orElse(""),
                null);
        this.retryAfter = retryAfter.orElse(null);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
