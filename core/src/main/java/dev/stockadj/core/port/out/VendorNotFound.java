package dev.stockadj.core.port.out;

/** The vendor has no such object (404 on a read, update or delete by id). */
public final class VendorNotFound extends VendorFailure {
    public VendorNotFound(String message) {
        super(message, null);
    }
}
