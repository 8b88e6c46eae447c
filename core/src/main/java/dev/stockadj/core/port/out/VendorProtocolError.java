package dev.stockadj.core.port.out;

/**
 * The vendor answered something that is not what its API promises (HTML, plain text, unexpected
 * JSON). For a write, the request may have been recorded.
 */
public final class VendorProtocolError extends VendorFailure {
    public VendorProtocolError(String message, Throwable cause) {
        super(message, cause);
    }
}
