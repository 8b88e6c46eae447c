package dev.stockadj.core.port.out;

/**
 * Every way a vendor call can fail, as one sealed unchecked family. Messages never carry
 * credentials. Each kind maps to one CLI exit code in one place.
 */
public abstract sealed class VendorFailure extends RuntimeException
        permits VendorRejected, VendorAuthFailed, VendorRateLimited, VendorUnavailable, VendorProtocolError,
        VendorNotFound {

    protected VendorFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
