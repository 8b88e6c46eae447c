package dev.stockadj.core.port.out;

/**
 * The vendor could not be reached or failed. {@link #maybeSent()} says whether the request may
 * have arrived (timeout after writing, reset, 5xx) or surely did not (connection refused).
 */
public final class VendorUnavailable extends VendorFailure {
    private final boolean maybeSent;

    public VendorUnavailable(boolean maybeSent, String message, Throwable cause) {
        super(message, cause);
        this.maybeSent = maybeSent;
    }

    public boolean maybeSent() {
        return maybeSent;
    }
}
